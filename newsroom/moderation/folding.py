"""Folding a comment for matching: one spelling per word whatever the tricks (case,
accents, l33t, look-alike letters from another script, s.p.a.c.e.d letters, Serbian in
either script), keeping where each folded character came from so a match can be shown
or masked in the original text."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Serbian is matched in Latin letters without diacritics, the way many write it anyway.
_SERBIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s", "đ": "dj",
    # Russian letters that turn up in Serbian text.
    "й": "j", "ю": "ju", "я": "ja", "ё": "e", "э": "e", "ы": "i", "щ": "sc", "ъ": "", "ь": "",
}  # fmt: skip
# Letters of one script that pass for letters of the other.
_CYRILLIC_AS_LATIN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    # Greek too.
    "ο": "o", "α": "a", "ι": "i", "ε": "e", "ν": "v", "ρ": "p", "κ": "k", "τ": "t",
    "υ": "u", "χ": "x",
}  # fmt: skip
_LATIN_AS_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "k": "к",
    "m": "м", "t": "т", "h": "н", "b": "в", "u": "и", "n": "п", "r": "г",
}  # fmt: skip
_LEET_LATIN = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "£": "l",
}  # fmt: skip
_LEET_CYRILLIC = {"0": "о", "3": "з", "4": "ч", "6": "б", "@": "а", "$": "с"}
_ARABIC = {"ة": "ه", "ى": "ي", "ٱ": "ا", "ـ": ""}
_SPECIAL = {"ß": "ss", "đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i"}
_APOSTROPHES = set("\u2019\u2018\u02bc`\u00b4")
_INVISIBLE = set("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")
CYRILLIC_LANGUAGES = {"ru"}
LATIN_LANGUAGES = {"en", "es", "de", "fr", "sr"}
# What may stand inside a word as a letter in disguise.
_TOKEN = re.compile(r"[\w@$!|€£]+")
# Three or more single letters apart: "i d i o t", "i.d.i.o.t", "k-i-l-l".
_SPACED = re.compile(r"(?<!\w)\w(?:[ .\-_*·/]{1,2}\w(?!\w)){2,}")


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # for each folded character, its index in the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for a folded one."""
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=4096)
def _base(ch: str) -> str:
    """A character without accents, in lower case (accents are how most tricks and
    most misspellings differ)."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch in "йЙ":  # a letter of its own in Russian, not и with a mark
        return "й"
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _is_greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


def _fold_token(token: str, language: str) -> list[str]:
    """Each character of a word-like token, folded (possibly to several or none)."""
    lowered = [_base(ch) for ch in token]
    has_letter = any(ch.isalpha() for ch in token)
    if language in LATIN_LANGUAGES:
        lookalikes = [c for c in lowered if any(_is_cyrillic(x) or _is_greek(x) for x in c)]
        if language != "sr" and lookalikes and all(c in _CYRILLIC_AS_LATIN for c in lookalikes):
            lowered = [_CYRILLIC_AS_LATIN.get(c, c) for c in lowered]
        if language == "sr":
            lowered = [_SERBIAN_LATIN.get(c, _CYRILLIC_AS_LATIN.get(c, c)) for c in lowered]
        leet = _LEET_LATIN
    elif language in CYRILLIC_LANGUAGES:
        has_cyrillic = any(_is_cyrillic(c) for c in lowered)
        latins = [c for c in lowered if _is_latin(c)]
        if has_cyrillic and latins and all(c in _LATIN_AS_CYRILLIC for c in latins):
            lowered = [_LATIN_AS_CYRILLIC.get(c, c) for c in lowered]
        leet = _LEET_CYRILLIC
    else:
        leet = {}
        lowered = [_ARABIC.get(c, c) for c in lowered]
    if has_letter and leet:
        lowered = [leet.get(c, c) for c in lowered]
    else:
        lowered = [c if c.isalnum() else "" for c in lowered]
    return lowered


@lru_cache(maxsize=64)
def fold(text: str, language: str) -> Folded:
    """The text folded for `language`'s word lists and rules. The last few are kept:
    the checks and the model each fold the comment they read (a Folded is frozen)."""
    out: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        # Between tokens: spaces and punctuation, kept as they are (one space for any
        # run of white space, so that phrases match across line breaks).
        _between(text, position, start, out, origin)
        token = match.group(0)
        plain = _plain(token, language)
        if plain is not None:
            out.append(plain)
            origin.extend(range(start, end))
            position = end
            continue
        # "!" and "|" are letters only inside a word: "sh!t", not "idiot!".
        core_start, core_end = 0, len(token)
        while core_start < core_end and token[core_start] in "!|":
            core_start += 1
        while core_end > core_start and token[core_end - 1] in "!|":
            core_end -= 1
        _between(text, start, start + core_start, out, origin)
        pieces = _fold_token(token[core_start:core_end], language)
        for offset, piece in enumerate(pieces):
            for ch in piece:
                out.append(ch)
                origin.append(start + core_start + offset)
        _between(text, start + core_end, end, out, origin)
        position = end
    _between(text, position, len(text), out, origin)
    folded = "".join(out)
    if _SPACED.search(folded):
        folded, origin = _join_spaced(folded, origin)
    return Folded(folded, tuple(origin))


_PLAIN_CYRILLIC = re.compile(r"[а-еж-яА-ЕЖ-Я]+")  # no ё, which folds to е
_PLAIN_ARABIC = re.compile(r"[\u0621\u0627\u0628\u062a-\u063a\u0641-\u0648\u064a]+")
_SERBIAN_ONE_TO_ONE = {ord(k): v for k, v in _SERBIAN_LATIN.items() if len(k) == 1 and len(v) == 1}
_PLAIN_SERBIAN_CYRILLIC = re.compile(
    "[" + "".join(k + k.upper() for k, v in _SERBIAN_LATIN.items() if len(v) == 1) + "]+"
)


def _plain(token: str, language: str) -> str | None:
    """Most words fold by case alone (or, in Serbian Cyrillic, letter for letter); this
    says so without looking at each character in Python."""
    if token.isascii():
        return token.lower() if token.isalpha() and language != "ar" else None
    if language == "ru" and _PLAIN_CYRILLIC.fullmatch(token):
        return token.lower()
    if language == "ar" and _PLAIN_ARABIC.fullmatch(token):
        return token
    if language == "sr" and _PLAIN_SERBIAN_CYRILLIC.fullmatch(token):
        return token.lower().translate(_SERBIAN_ONE_TO_ONE)
    return None


def _between(text: str, start: int, end: int, out: list[str], origin: list[int]) -> None:
    for index in range(start, end):
        ch = text[index]
        if ch in _INVISIBLE or unicodedata.combining(ch):
            continue
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        elif ch in _APOSTROPHES:
            ch = "'"
        out.append(ch)
        origin.append(index)


def _join_spaced(folded: str, origin: list[int]) -> tuple[str, list[int]]:
    kept_text: list[str] = []
    kept_origin: list[int] = []
    position = 0
    for match in _SPACED.finditer(folded):
        start, end = match.span()
        kept_text.append(folded[position:start])
        kept_origin.extend(origin[position:start])
        for index in range(start, end):
            if folded[index].isalnum():
                kept_text.append(folded[index])
                kept_origin.append(origin[index])
        position = end
    kept_text.append(folded[position:])
    kept_origin.extend(origin[position:])
    return "".join(kept_text), kept_origin


def fold_pattern_source(source: str, language: str) -> str:
    """A rule's regular expression folded as text is (accents, Serbian script, Arabic
    letter forms), leaving its syntax alone: rules are written naturally."""
    out = []
    for ch in source:
        if ch.isalpha() and not ch.isascii():
            base = _base(ch)
            if language == "sr":
                base = "".join(_SERBIAN_LATIN.get(c, c) for c in base)
            elif language == "ar":
                base = "".join(_ARABIC.get(c, c) for c in base)
            out.append(base)
        else:
            out.append(ch)
    return "".join(out)


_ARABIC_CLITICS = r"(?:[وف])?(?:[بلك])?(?:ال)?"


@lru_cache(maxsize=8192)
def phrase_pattern(phrase: str, language: str) -> re.Pattern:
    """A word-list phrase as a pattern over folded text: whole words, any letter may be
    repeated ("iiidiot"), any run of spaces or punctuation between words, `*` at the end
    for any ending; in Arabic, the attached "and", "with", "the" may come first."""
    stem = phrase.strip().rstrip("*")
    folded = fold(stem, language or "en").text
    parts = []
    for word in folded.split():
        letters = []
        for ch in word:
            if language in LATIN_LANGUAGES | {""} and ch in "il":
                letters.append("[il]+")
            else:
                letters.append(re.escape(ch) + "+")
        parts.append("".join(letters))
    # Words may run together too: "k i l l y o u" folds to "killyou".
    body = r"\W*".join(parts)
    head = _ARABIC_CLITICS if language == "ar" else ""
    tail = r"\w*" if phrase.strip().endswith("*") else ""
    return re.compile(rf"(?<!\w){head}{body}{tail}(?!\w)")


# Quotation marks that open and close a quotation (not apostrophes: "I'd" is no quote).
_QUOTES = re.compile(
    r'"[^"\n]{1,400}"|“[^”\n]{1,400}”|„[^“”\n]{1,400}[“”]|«[^»\n]{1,400}»|‹[^›\n]{1,400}›|'
    # Single quotes too, when they open after no letter and close before none ("he
    # said 'I know where you live'"); an apostrophe inside ends the quotation early and
    # so it does not count as one, which only makes the check stricter.
    r"(?<!\w)'[^'\n]{1,400}'(?!\w)|‘[^’\n]{1,400}’"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the original text quotes someone: a threat or slur inside quotation marks is
    more often reported than meant, so moderators see it after it is published."""
    return [match.span() for match in _QUOTES.finditer(text)]


def inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)
