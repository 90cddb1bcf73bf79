"""Which language a comment is written in: its edition's, unless the text plainly says
otherwise (py3langid, restricted to the seven editions' languages), and in which script."""

import importlib.metadata
import json
import math
import os
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

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
IDENTIFIER_FORMAT = 1  # of the files Identifier keeps under DATA_DIR
# Below this, a second language is still screened for (a comment that mixes two).
ALSO = 0.3
# Letters only Serbian Cyrillic has among our languages.
_SERBIAN_CYRILLIC = set("ђјљњћџЂЈЉЊЋЏ")


class Identifier:
    """py3langid's model (naive Bayes over the byte n-grams a finite automaton finds),
    restricted to our languages and walked here. Its automaton is a 40 MB table: kept in
    a file under DATA_DIR and mapped into memory, one copy serves every process on the
    machine instead of one each; what each process holds of its own is the restricted
    class table (2 MB). The files are written once, by the first process to need them."""

    FILES = ("nextmove", "rowbase", "output", "ptc", "pc")

    # numpy is imported where the identifier is used, not with this module: Django
    # loads the module in every process (the importer, the task worker), and numpy is
    # 16 MB of memory that only processes screening comments need.

    def __init__(self, directory: Path):
        import numpy as np

        if not (directory / "classes.json").exists():
            self._build(directory)
        arrays = {name: np.load(directory / f"{name}.npy", mmap_mode="r") for name in self.FILES}
        # memoryviews index as fast as lists, and the mapped pages stay shared.
        self._nextmove = memoryview(arrays["nextmove"])
        self._rowbase = memoryview(arrays["rowbase"])
        self._output = memoryview(arrays["output"])
        self._ptc = np.array(arrays["ptc"])
        self._pc = np.array(arrays["pc"])
        self.classes = json.loads((directory / "classes.json").read_text())

    @classmethod
    def _build(cls, directory: Path) -> None:
        import numpy as np
        from py3langid.langid import MODEL_DIR, MODEL_FILE
        from py3langid.modelio import load_model

        ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
        keep = [i for i, code in enumerate(classes) if code in (*LANGUAGES, *_SERBIAN_NEIGHBOURS)]
        arrays = {
            "nextmove": np.frombuffer(nextmove, dtype=np.uint32),
            "rowbase": np.frombuffer(row, dtype=np.uint16).astype(np.uint32) << 8,
            "output": np.array(output, dtype=np.int32),
            "ptc": np.ascontiguousarray(ptc[:, keep]),
            "pc": np.asarray(pc)[keep],
        }
        # Written beside, then moved into place: a process never maps half a file.
        staging = Path(tempfile.mkdtemp(prefix=".langid-", dir=directory.parent))
        for name, array in arrays.items():
            np.save(staging / f"{name}.npy", array, allow_pickle=False)
        (staging / "classes.json").write_text(json.dumps([classes[i] for i in keep]))
        try:
            os.rename(staging, directory)
        except OSError:  # another process got there first: its files are the same
            shutil.rmtree(staging, ignore_errors=True)

    def rank(self, text: str) -> dict[str, float]:
        """Each class's probability (classes that share a label summed)."""
        import numpy as np

        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        nextmove, rowbase, output = self._nextmove, self._rowbase, self._output
        state = 0
        found = []
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        if found:
            columns, counts = np.unique(np.array(found), return_counts=True)
            scores = np.log1p(counts.astype(np.float32)) @ self._ptc[columns] + self._pc
            # As py3langid does: scaled by the square root of the length, then softmax.
            scores = scores * np.float32(1.0 / math.sqrt(len(data) or 1))
            scores = np.exp(scores - scores.max())
            scores /= scores.sum()
        else:
            scores = np.full(len(self.classes), 1.0 / len(self.classes))
        merged: dict[str, float] = {}
        for code, probability in zip(self.classes, scores.tolist(), strict=True):
            merged[code] = merged.get(code, 0.0) + probability
        return merged


_lock = threading.Lock()
_identifier: Identifier | None = None


def identifier() -> Identifier:
    """The identifier, loaded once a process (a second the first time on a machine)."""
    global _identifier
    with _lock:
        if _identifier is None:
            from django.conf import settings

            version = importlib.metadata.version("py3langid")
            directory = (
                Path(settings.DATA_DIR) / "moderation" / f"langid-{version}-{IDENTIFIER_FORMAT}"
            )
            directory.parent.mkdir(parents=True, exist_ok=True)
            _identifier = Identifier(directory)
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
    merged = dict.fromkeys(LANGUAGES, 0.0)
    for code, probability in identifier().rank(text).items():
        key = "sr" if code in _SERBIAN_NEIGHBOURS else code
        merged[key] += probability
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
