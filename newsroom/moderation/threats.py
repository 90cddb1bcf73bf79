"""Threats and harassment that need no strong word: the rules of threat_rules/ and
veiled_rules.py, compiled once per language, run over the comment folded in each language it is
screened in."""

import re
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _

from newsroom.moderation.folding import Folded, fold_pattern_source
from newsroom.moderation.threat_rules import (
    DEHUMANISING,
    HARASSMENT,
    HATE,
    PEST_WORDS,
    RULES,
    SELF_HARM,
    SEXUAL,
    THREAT,
    VIOLENCE,
)
from newsroom.moderation.veiled_rules import VEILED

# Said to moderators (in the checks record) and to the author (when it holds or rejects).
FOR_MODERATORS = {
    THREAT: "a threat to the reader or those close to them",
    VIOLENCE: "a call for, or a wish of, violence against people",
    SELF_HARM: "tells someone to kill themselves",
    DEHUMANISING: "speaks of a group of people as vermin, animals or a disease",
    SEXUAL: "a sexual remark about a person",
    HARASSMENT: "tells a person they are worthless or hated",
    HATE: "calls a group of people inferior by birth",
}
FOR_AUTHORS = {
    THREAT: _("it reads as a threat"),
    VIOLENCE: _("it calls for violence against people"),
    SELF_HARM: _("it tells someone to harm themselves"),
    DEHUMANISING: _("it speaks of people as less than human"),
    SEXUAL: _("it makes sexual remarks about a person"),
    HARASSMENT: _("it attacks a person rather than what they said"),
    HATE: _("it calls a group of people inferior"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    clearest: bool
    language: str
    excerpt: str  # the words in the original comment
    span: tuple[int, int]  # where they are in it


@dataclass(frozen=True)
class _Compiled:
    kind: str
    pattern: re.Pattern
    clearest: bool


PESTS = {
    language: re.compile(rf"(?<!\w)(?:{fold_pattern_source('|'.join(words), language)})(?!\w)")
    for language, words in PEST_WORDS.items()
}


def _tolerant(source: str) -> str:
    """Where a rule has a space, a comma may stand too ("I know, where you live")."""
    return source.replace(r"\s+", r"[\s,]+").replace(r"\s*", r"[\s,]*")


# Languages whose rules end on whole words ("pay" is not "paying"); Russian and Arabic
# rules end on stems where the endings vary.
WHOLE_WORDS = {"en", "fr", "de", "es", "sr"}


@cache
def compiled(language: str) -> list[_Compiled]:
    """Each rule starts on a word's start ("ur kids" is not in "our kids"), except in
    Arabic, where "and", "the" and "this" are written onto the word."""
    head = "" if language == "ar" else r"(?<!\w)"
    tail = r"(?!\w)" if language in WHOLE_WORDS else ""
    return [
        _Compiled(
            kind,
            re.compile(rf"{head}(?:{_tolerant(fold_pattern_source(source, language))}){tail}"),
            clearest,
        )
        for kind, source, clearest in [*RULES.get(language, []), *VEILED.get(language, [])]
    ]


def _about_pests(folded: str, match: re.Match, language: str) -> bool:
    """ "The rats in the sewers are a plague" speaks of rats: a dehumanising shape whose
    subject is itself an animal is left alone."""
    pests = PESTS.get(language)
    if pests is None:
        return False
    last_word = folded.rfind(" ", match.start(), match.end())
    window = folded[max(0, match.start() - 60) : last_word if last_word > 0 else match.start()]
    return pests.search(window) is not None


def find(folded: Folded, original: str, language: str) -> list[Finding]:
    """Every rule of `language` that the folded text matches, clearest first."""
    findings = []
    for rule in compiled(language):
        match = rule.pattern.search(folded.text)
        if match is None or match.end() == match.start():
            continue
        if rule.kind == DEHUMANISING and _about_pests(folded.text, match, language):
            continue
        start, end = folded.span(*match.span())
        excerpt = original[start:end].strip()
        findings.append(Finding(rule.kind, rule.clearest, language, excerpt, (start, end)))
    findings.sort(key=lambda finding: not finding.clearest)
    return findings
