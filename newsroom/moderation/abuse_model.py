"""Our own abuse model: a linear model over hashed character n-grams (and words) of the
folded text, the same in all seven languages. Stored as plain arrays in a .npz (no
pickle: a library upgrade cannot break loading), trained by `manage.py train_scorer`.

The shipped model lives beside this file (abuse-model.npz); one retrained on the
newsroom's own decisions goes to DATA_DIR/moderation/abuse-model.npz and is used
instead, once `train_scorer` found it better.
"""

import io
import json
import logging
import math
import os
import re
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsroom.moderation.folding import fold
from newsroom.moderation.model_files import live_path

logger = logging.getLogger(__name__)

SHIPPED = Path(__file__).resolve().parent / "abuse-model.npz"
FEATURES = 2**18
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
FORMAT = 2  # 2: features hashed by columns() below (1 used scikit-learn's hashing)


def model_text(text: str, language: str) -> str:
    """What the model reads: the text folded as the word lists read it, and its language
    as a token of its own (so each language has a bias of its own)."""
    return f"{fold(text, language).text} _lang_{language}_"


# Hashing constants (64-bit FNV-1a step, then a murmur-style finaliser): fixed here, so
# the same text gives the same columns in any process and any library version.
_FNV = np.uint64(0x100000001B3)
_MIX = np.uint64(0xFF51AFD7ED558CCD)
_MASK = np.uint64(FEATURES - 1)
_WORD = re.compile(r"\w+")


def _mixed(hashes: np.ndarray) -> np.ndarray:
    hashes ^= hashes >> np.uint64(33)
    hashes *= _MIX
    hashes ^= hashes >> np.uint64(29)
    return (hashes & _MASK).astype(np.intp)


def columns(text: str) -> np.ndarray:
    """The feature columns of one model text, with repeats: its character n-grams (2 to
    5, across word boundaries, the text padded with a space) and its words and word
    pairs, hashed in numpy - a handful of array operations a comment, no per-n-gram
    Python, no scikit-learn."""
    padded = f" {text} "
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    # Each n-gram's hash extends its (n-1)-gram prefix's by one character.
    hashes = codes
    for n in range(2, CHAR_NGRAMS[1] + 1):
        if len(hashes) < 2:
            break
        hashes = (hashes[:-1] * _FNV) ^ codes[n - 1 :]
        if n >= CHAR_NGRAMS[0]:
            parts.append(hashes)
    encoded = [word.encode() for word in _WORD.findall(text)]
    keys = [zlib.crc32(word) for word in encoded]
    # A pair's key continues the first word's checksum over a space and the second word.
    pairs = zip(keys, encoded[1:], strict=False)  # one pair fewer than words
    keys += [zlib.crc32(b" " + second, first) | 1 << 32 for first, second in pairs]
    if keys:
        parts.append(np.array(keys, dtype=np.uint64))
    if not parts:
        return np.zeros(0, dtype=np.intp)
    return _mixed(np.concatenate(parts))


def vector(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of one model text: log-scaled counts, of unit length."""
    ordered = np.sort(columns(text))
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.float32)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(np.append(starts, len(ordered)))
    values = np.log1p(counts.astype(np.float32))
    return ordered[starts], values / np.float32(np.sqrt(values @ values))


def features(texts: list[str]):
    """A sparse matrix (scipy CSR) of many texts, for training; scoring reads `vector`."""
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    indptr = [0]
    indices = []
    data = []
    for text in texts:
        found, values = vector(text)
        indices.append(found)
        data.append(values)
        indptr.append(indptr[-1] + len(found))
    return csr_matrix(
        (np.concatenate(data or [np.zeros(0, np.float32)]),
         np.concatenate(indices or [np.zeros(0, np.intp)]),
         np.array(indptr)),
        shape=(len(texts), FEATURES),
    )  # fmt: skip


@dataclass
class Model:
    weights: np.ndarray  # float32 [FEATURES]
    bias: float
    meta: dict = field(default_factory=dict)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return np.array([self.probability(text) for text in texts])

    def probability(self, model_text: str) -> float:
        found, values = vector(model_text)
        logit = float(values @ self.weights[found]) + self.bias
        return 1.0 / (1.0 + math.exp(-logit))

    def score(self, text: str, language: str) -> float:
        return self.probability(model_text(text, language))

    def save(self, path: Path) -> None:
        """Written whole, then moved into place: a reader never sees half a model."""
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            weights=self.weights.astype(np.float16),
            bias=np.array([self.bias], dtype=np.float64),
            meta=np.frombuffer(json.dumps(self.meta).encode(), dtype=np.uint8),
        )
        temporary = path.with_suffix(f".tmp{os.getpid()}")
        temporary.write_bytes(buffer.getvalue())
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> "Model":
        with np.load(path, allow_pickle=False) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode())
            if meta.get("format") != FORMAT or meta.get("features") != FEATURES:
                raise OldFormat(path, meta.get("format"), meta.get("features"))
            # Kept as stored (float16, half a megabyte): a comment reads a few hundred.
            weights = arrays["weights"]
            bias = float(arrays["bias"][0])
        return cls(weights, bias, meta)


class OldFormat(ValueError):
    """A model file this version cannot read: trained by an earlier one (format 1 hashed
    its features with scikit-learn, so its weights sit in other columns and cannot be
    moved across; only retraining makes a model of the current format)."""

    def __init__(self, path: Path, found: object, features: object) -> None:
        self.path, self.found = path, found
        super().__init__(
            f"{path} is a model of format {found} with {features} features; this version "
            f"reads format {FORMAT} with {FEATURES}. It is ignored and the shipped model "
            "is used: run `manage.py train_scorer` to retrain it from the moderators' "
            "decisions in the current format."
        )


def live_model_problem() -> str | None:
    """Why the model in DATA_DIR is not used, or None (there is none, or it loads)."""
    path = live_path()
    if not path.exists():
        return None
    try:
        Model.load(path)
    except OldFormat as error:
        return str(error)
    except (OSError, ValueError, KeyError) as error:
        return f"{path} cannot be read ({error}); the shipped model is used instead."
    return None


_lock = threading.Lock()
_current: dict = {"model": None, "path": None, "mtime": 0.0, "checked": 0.0, "refused": None}
RELOAD_CHECK_SECONDS = 30.0


def current() -> Model:
    """The live model (DATA_DIR's if train_scorer put one there, else the shipped one).
    A newly trained model is picked up within half a minute by every process."""
    with _lock:
        now = time.monotonic()
        if _current["model"] is not None and now - _current["checked"] < RELOAD_CHECK_SECONDS:
            return _current["model"]
        _current["checked"] = now
        path = live_path() if live_path().exists() else SHIPPED
        mtime = path.stat().st_mtime
        if (path, mtime) == _current["refused"]:
            path, mtime = SHIPPED, SHIPPED.stat().st_mtime  # refused once: not read again
        if _current["model"] is None or path != _current["path"] or mtime != _current["mtime"]:
            try:
                model = Model.load(path)
            except (OSError, ValueError, KeyError) as error:
                if path == SHIPPED:
                    raise
                # Said once per file, not every half minute: `manage.py check` says it too.
                logger.warning("The abuse model in DATA_DIR is not used: %s", error)
                _current["refused"] = (path, mtime)
                path, mtime = SHIPPED, SHIPPED.stat().st_mtime
                model = Model.load(SHIPPED)
            _current.update(model=model, path=path, mtime=mtime)
        return _current["model"]


def forget() -> None:
    with _lock:
        _current.update(model=None, path=None, mtime=0.0, checked=0.0, refused=None)
