"""Our own abuse model: a linear model over hashed character n-grams (and words) of the
folded text, the same in all seven languages. Stored as plain arrays in a .npz (no
pickle: a library upgrade cannot break loading), trained by `manage.py train_scorer`.

The shipped model lives beside this file (abuse-model.npz); one retrained on the
newsroom's own decisions goes to DATA_DIR/moderation/abuse-model.npz and is used
instead, once `train_scorer` found it better.
"""

import io
import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from django.conf import settings

from newsroom.moderation.folding import fold

SHIPPED = Path(__file__).resolve().parent / "abuse-model.npz"
FEATURES = 2**18
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
FORMAT = 1


def live_path() -> Path:
    return Path(settings.DATA_DIR) / "moderation" / "abuse-model.npz"


def model_text(text: str, language: str) -> str:
    """What the model reads: the text folded as the word lists read it, and its language
    as a token of its own (so each language has a bias of its own)."""
    return f"{fold(text, language).text} _lang_{language}_"


_vectorisers: list = []


def vectorisers():
    """Stateless feature hashing (scikit-learn's murmurhash): the same text gives the same
    columns in any process, so the model is only the weights."""
    if not _vectorisers:
        from sklearn.feature_extraction.text import HashingVectorizer

        common = {"n_features": FEATURES, "alternate_sign": False, "norm": None}
        _vectorisers.extend(
            [
                HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, **common),
                HashingVectorizer(analyzer="word", ngram_range=WORD_NGRAMS, **common),
            ]
        )
    return _vectorisers


def features(texts: list[str]):
    """Sparse rows, log-scaled counts, each row of unit length."""
    from sklearn.preprocessing import normalize

    chars, words = vectorisers()
    matrix = chars.transform(texts) + words.transform(texts)
    matrix.data = np.log1p(matrix.data, dtype=np.float32)
    return normalize(matrix, copy=False)


@dataclass
class Model:
    weights: np.ndarray  # float32 [FEATURES]
    bias: float
    meta: dict = field(default_factory=dict)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        matrix = features(texts)
        logits = matrix @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-logits))

    def score(self, text: str, language: str) -> float:
        return float(self.probabilities([model_text(text, language)])[0])

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
                raise ValueError(f"{path} is not a model this version can read")
            weights = arrays["weights"].astype(np.float32)
            bias = float(arrays["bias"][0])
        return cls(weights, bias, meta)


_lock = threading.Lock()
_current: dict = {"model": None, "path": None, "mtime": 0.0, "checked": 0.0}
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
        if _current["model"] is None or path != _current["path"] or mtime != _current["mtime"]:
            try:
                model = Model.load(path)
            except (OSError, ValueError, KeyError):
                if path == SHIPPED:
                    raise
                model = Model.load(SHIPPED)  # a damaged live model: fall back, say nothing
                path = SHIPPED
            _current.update(model=model, path=path, mtime=mtime)
        return _current["model"]


def forget() -> None:
    with _lock:
        _current.update(model=None, path=None, mtime=0.0, checked=0.0)
