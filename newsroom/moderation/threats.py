"""Threats and harassment that need no strong word: the rules of threat_rules.py,
compiled once per language, run over the comment folded in each language it is
screened in."""

import re
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _

from newsroom.moderation.folding import Folded, fold_pattern_source
from newsroom.moderation.threat_rules import (
    DEHUMANISING,
    RULES,
    SELF_HARM,
    SEXUAL,
    THREAT,
    VIOLENCE,
)

# Said to moderators (in the checks record) and to the author (when it holds or rejects).
FOR_MODERATORS = {
    THREAT: "a threat to the reader or those close to them",
    VIOLENCE: "a call for, or a wish of, violence against people",
    SELF_HARM: "tells someone to kill themselves",
    DEHUMANISING: "speaks of a group of people as vermin, animals or a disease",
    SEXUAL: "a sexual remark about a person",
}
FOR_AUTHORS = {
    THREAT: _("it reads as a threat"),
    VIOLENCE: _("it calls for violence against people"),
    SELF_HARM: _("it tells someone to harm themselves"),
    DEHUMANISING: _("it speaks of people as less than human"),
    SEXUAL: _("it makes sexual remarks about a person"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    clearest: bool
    language: str
    excerpt: str  # the words in the original comment


@dataclass(frozen=True)
class _Compiled:
    kind: str
    pattern: re.Pattern
    clearest: bool


def _tolerant(source: str) -> str:
    """Where a rule has a space, a comma may stand too ("I know, where you live")."""
    return source.replace(r"\s+", r"[\s,]+").replace(r"\s*", r"[\s,]*")


@cache
def compiled(language: str) -> list[_Compiled]:
    return [
        _Compiled(kind, re.compile(_tolerant(fold_pattern_source(source, language))), clearest)
        for kind, source, clearest in RULES.get(language, [])
    ]


def find(folded: Folded, original: str, language: str) -> list[Finding]:
    """Every rule of `language` that the folded text matches, clearest first."""
    findings = []
    for rule in compiled(language):
        match = rule.pattern.search(folded.text)
        if match is None or match.end() == match.start():
            continue
        start, end = folded.span(*match.span())
        excerpt = original[start:end].strip()
        findings.append(Finding(rule.kind, rule.clearest, language, excerpt))
    findings.sort(key=lambda finding: not finding.clearest)
    return findings
