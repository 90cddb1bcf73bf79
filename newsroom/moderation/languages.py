"""Which language a comment is written in: its edition's, unless the text plainly says
otherwise (py3langid, restricted to the seven editions' languages), and in which script."""

import threading
from dataclasses import dataclass

LANGUAGES = ("en", "ar", "es", "ru", "de", "fr", "sr")
LANGUAGE_NAMES = {
    "en": "English",
    "ar": "Arabic",
    "es": "Spanish",
    "ru": "Russian",
    "de": "German",
    "fr": "French",
    "sr": "Serbian",
}
# Serbian in Latin letters is often taken for its close neighbours; all three count as sr.
_SERBIAN_NEIGHBOURS = ("hr", "bs")
# The identifier may override the edition only when it is this sure, on this many letters.
CONFIDENT = 0.9
MIN_LETTERS = 15
IDENTIFY_CHARS = 1000
# Below this, a second language is still screened for (a comment that mixes two).
ALSO = 0.3
# Letters only Serbian Cyrillic has among our languages.
_SERBIAN_CYRILLIC = set("ђјљњћџЂЈЉЊЋЏ")

_lock = threading.Lock()
_identifier = None


def identifier():
    """The py3langid model, loaded once (about a second) and restricted to our languages."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            model.set_languages([*LANGUAGES, *_SERBIAN_NEIGHBOURS])
            _identifier = model
    return _identifier


def script_of(text: str) -> str:
    """'latin', 'cyrillic', 'arabic' or '' (no letters): the script most letters are in."""
    counts = {"latin": 0, "cyrillic": 0, "arabic": 0}
    for ch in text:
        code = ord(ch)
        if code < 0x250:
            if ch.isalpha():
                counts["latin"] += 1
        elif 0x400 <= code < 0x530:
            counts["cyrillic"] += 1
        elif 0x600 <= code < 0x700 or 0xFB50 <= code < 0xFF00:
            if ch.isalpha():
                counts["arabic"] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ""


@dataclass(frozen=True)
class Language:
    """The language a comment is screened in, and why."""

    code: str  # the language screened in
    script: str
    detected: str  # what the identifier said ("" for too little text)
    confidence: float
    reason: str
    also: tuple[str, ...] = ()  # other languages the text may be partly in

    @property
    def screened_in(self) -> tuple[str, ...]:
        return (self.code, *self.also)


def probabilities(text: str) -> dict[str, float]:
    ranked = identifier().rank(text)
    merged = dict.fromkeys(LANGUAGES, 0.0)
    for code, probability in ranked:
        key = "sr" if code in _SERBIAN_NEIGHBOURS else code
        merged[key] += float(probability)
    return merged


def identify(text: str, edition: str) -> Language:
    """The edition's language is the prior; the identifier overrides it only when it is
    confident on enough text, and a plausible second language is screened for too."""
    edition = edition if edition in LANGUAGES else "en"
    script = script_of(text)
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        return Language(
            edition,
            script,
            "",
            0.0,
            f"too short to tell ({letters} letters): screened as the edition's {edition}",
        )
    if script == "arabic":
        # Of our languages only Arabic is written in Arabic script (no need to ask the
        # identifier); and Cyrillic with letters of its own is Serbian, whatever the
        # n-grams say.
        odds = {**dict.fromkeys(LANGUAGES, 0.0), "ar": 1.0}
    else:
        # The identifier walks the text byte by byte in Python: its first thousand
        # characters tell the language as well as all of a long comment would.
        odds = probabilities(text[:IDENTIFY_CHARS])
        if script == "cyrillic" and any(ch in _SERBIAN_CYRILLIC for ch in text):
            odds = {**odds, "sr": max(odds["sr"], odds["ru"] + odds["sr"]), "ru": 0.0}
    detected = max(odds, key=odds.__getitem__)
    confidence = odds[detected]
    code = detected if detected == edition or confidence >= CONFIDENT else edition
    # A comment in another language than its edition's is screened in both: people
    # quote, mix and switch.
    also = tuple(
        other
        for other, p in sorted(odds.items(), key=lambda item: -item[1])
        if other != code and (p >= ALSO or other == edition)
    )
    if code == edition and detected == edition:
        reason = f"detected {detected} ({confidence:.2f})"
    elif code == detected:
        reason = (
            f"detected {detected} ({confidence:.2f}), not the edition's {edition}: "
            f"screened as {detected}"
        )
    else:
        reason = (
            f"mixed or unsure: detected {detected} ({confidence:.2f}); screened as the "
            f"edition's {edition}"
        )
    if also:
        reason += "; also screened as " + ", ".join(also)
    return Language(code, script, detected, confidence, reason, also)
