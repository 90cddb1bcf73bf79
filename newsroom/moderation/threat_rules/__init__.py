"""The shapes of threats and harassment in each language, one module a language, as regular expressions over
folded text (lower case, no accents; Serbian in Latin letters; Arabic without short
vowels, with ا for every alef and ه for taa marbuta; see folding.py).

Each rule is (kind, pattern, clearest): `clearest` rejects (an explicit "I will kill
you"), the rest hold for a moderator. Rules look for the shape of the sentence - who
does what to whom - rather than for strong words, which threats rarely need. The kinds:

- threat: the writer will harm the reader or someone close to them;
- violence: a call for others to be killed or hurt, or a wish that they were;
- self_harm: telling someone to kill themselves;
- dehumanising: a group of people called vermin, animals, a disease;
- sexual: sexual remarks about a person;
- harassment: telling a person they are worthless and hated;
- hate: a group of people called inferior by birth.
"""

from newsroom.moderation.threat_rules.arabic import AR
from newsroom.moderation.threat_rules.english import EN
from newsroom.moderation.threat_rules.french import FR
from newsroom.moderation.threat_rules.german import DE
from newsroom.moderation.threat_rules.kinds import (
    DEHUMANISING,
    HARASSMENT,
    HATE,
    SELF_HARM,
    SEXUAL,
    THREAT,
    VIOLENCE,
    Rule,
)
from newsroom.moderation.threat_rules.pests import PEST_WORDS
from newsroom.moderation.threat_rules.russian import RU
from newsroom.moderation.threat_rules.serbian import SR
from newsroom.moderation.threat_rules.spanish import ES

RULES: dict[str, list[Rule]] = {
    "en": EN,
    "fr": FR,
    "de": DE,
    "es": ES,
    "ru": RU,
    "ar": AR,
    "sr": SR,
}

__all__ = [
    "DEHUMANISING",
    "HARASSMENT",
    "HATE",
    "PEST_WORDS",
    "RULES",
    "SELF_HARM",
    "SEXUAL",
    "THREAT",
    "VIOLENCE",
    "Rule",
]
