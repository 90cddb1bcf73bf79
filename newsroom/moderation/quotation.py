"""Abuse in quotation marks: reported (a reader tells what was said or sent to them) or
merely dressed up (the writer says it through the quotes). The words around the quote
tell which: a verb or noun of reporting ("he wrote", "I received", "the threats") makes
it a report, published for a moderator to look at; no such word, or words that endorse
the quote ("and he is right"), and it waits for a moderator. Quotation never rejects."""

import re
from functools import cache

from newsroom.moderation.folding import fold, fold_pattern_source

# Over folded text (lower case, no accents, Serbian in Latin letters). Past tenses and
# nouns of reporting: "says" and "as they say" are how quotes are put in one's own mouth.
_REPORTING = {
    "en": r"said|wrote|written|texted|tweeted|posted|shouted|yelled|screamed|chanted|told|sent|"
          r"received|got\s+(?:a|an|this|these|messages?)|saying|calling|called|quotes|quoted|"
          r"quoting|headline|threats?|messages?|letter|e-?mails?|heard|caller|court|report|"
          r"accused|testified|banner|graffiti|sprayed|according\s+to",
    "es": r"dijo|decia|escribio|escribieron|escrito|envio|enviaron|recibio|recibi|recibimos|"
          r"mensajes?|carta|correo|amenazas?|cita|citaba|citan|llamo|llamar|llamaron|oyo|"
          r"grito|gritaron|publico|tribunal|informe|titular|pintada|segun",
    "fr": r"dit|disait|disant|ecrit|ecrivait|envoye|recu|recue|recus|lettre|messages?|courriel|"
          r"menaces?|cite|citait|traite|traiter|traitant|crie|criait|tribunal|rapport|titre|"
          r"selon|appelant|appele",
    "de": r"sagte|sagten|schrieb|schrieben|geschrieben|schickte|geschickt|erhielt|erhalten|"
          r"bekam|bekommen|brief|nachrichte?n?|drohunge?n?|zitiert|zitierte|nannte|nannten|"
          r"bezeichnen|bezeichnete|rief|riefen|gericht|bericht|schlagzeile|hiess|anrufer|laut",
    "ru": r"сказал\w*|написал\w*|писал\w*|прислал\w*|присылал\w*|получил\w*|письм\w*|"
          r"сообщени\w*|угроз\w*|слова|цитир\w*|приводит\w*|назвал\w*|назвать|кричал\w*|"
          r"суд\w*|отчет\w*|заголов\w*|звонивш\w*|по\s+словам",
    "ar": r"\S*(?:قال|قوله|كتب|ارسل|تلقت|تلقى|تلقيت|رساله|رسائل|تهديد|وصف|يسرد|ينقل|سمعت|"
          r"المحكمه|هتف|صرخ|نشر|المتصل|حسب)\S*",
    "sr": r"rekao|rekla|napisao|napisala|pisao|poslao|poslala|dobio|dobila|dobili|pism\w*|"
          r"poruk\w*|pretnj\w*|citira\w*|nazvao|nazvala|nazvati|vikao|vikali|sud\w*|"
          r"izvestaj\w*|naslov\w*|navodi|pozivaoc\w*|prema\s+recima",
}  # fmt: skip
# Words that take the quote for the writer's own.
_ENDORSING = {
    "en": r"(?:he|she|they|you)\s*(?:'s|'re|is|are|was|were)\s+(?:so\s+|dead\s+)?right|agree|agreed|enough\s+said|"
          r"exactly|well\s+said|spot\s+on|so\s+true|hear\s+hear|amen|as\s+(?:they|he|she|my\s+\w+)\s+says?",
    "es": r"(?:tiene|tienen|tenia|tenias|tienes)\s+(?:toda\s+la\s+)?razon|de\s+acuerdo|exacto|bien\s+dicho|"
          r"amen|como\s+dice",
    "fr": r"(?:a|ont|avait|as)\s+(?:bien\s+)?raison|d'accord|exactement|bien\s+dit|amen|comme\s+dit",
    "de": r"(?:hat|haben|hatte|hast)\s+(?:völlig\s+|ganz\s+)?recht|recht\s+(?:hat|haben)|genau|"
          r"gut\s+gesagt|amen|wie\s+man\s+sagt|stimme\s+zu",
    "ru": r"(?:он|она|они|ты|вы)\s+(?:совершенно\s+)?(?:прав|права|правы)|согла\w+|верно|как\s+говорится",
    "ar": r"معه\s+حق|عنده\s+حق|معها\s+حق|صدق|اوافق|موافق|كما\s+يقال",
    "sr": r"u\s+pravu|slaz\w+|bas\s+tako|kako\s+se\s+kaze",
}  # fmt: skip


@cache
def _pattern(table: str, language: str) -> re.Pattern:
    words = (_REPORTING if table == "reporting" else _ENDORSING).get(language, "")
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{fold_pattern_source(words, language)})(?!\w)")


def reported(text: str, quoted: list[tuple[int, int]], languages: tuple[str, ...]) -> bool:
    """Whether the words around the quotations of `text` (at `quoted`) report them rather
    than say them, in any of the languages the comment is screened in."""
    chars = list(text)
    for start, end in quoted:
        chars[start:end] = " " * (end - start)
    around = "".join(chars)
    found = False
    for language in languages:
        folded = fold(around, language).text
        if _pattern("endorsing", language).search(folded):
            return False
        found = found or _pattern("reporting", language).search(folded) is not None
    return found
