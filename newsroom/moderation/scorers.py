"""Toxicity scorers: anything that turns a comment's text into a probability of abuse.

MODERATION_SCORER names the class (a dotted path), so an external service or a local
transformer model plugs in by settings; the default is our own model (NewsroomScorer).
A scorer is asked with a deadline (MODERATION_SCORER_TIMEOUT): one that fails or is late
gives no score, and the pipeline holds the comment for a moderator rather than
publishing or dropping it.
"""

import json
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.conf import settings
from django.utils.module_loading import import_string


class ScorerUnavailable(Exception):
    """The scorer failed or ran out of time; the message says which."""


class Scorer:
    """The interface. `prepare` loads what scoring needs (once, before the first deadline
    starts counting); `score` returns 0 (harmless) to 1 (abusive). A scorer that sets
    `uses_language` is also told the language the comment is screened in."""

    name = "scorer"
    uses_language = False
    # A scorer that only computes (no network, no locks) runs in the request's own
    # thread: handing it to the pool costs more than it does. Its deadline still holds:
    # a late answer is thrown away and the comment held.
    inline = False

    def prepare(self) -> None:
        pass

    def score(self, text: str) -> float:
        raise NotImplementedError


class ProfanityCheckScorer(Scorer):
    """alt-profanity-check: a linear model over word n-grams that ships inside the
    package, so it runs offline in about 10 ms a comment."""

    name = "alt-profanity-check"

    def prepare(self) -> None:
        from profanity_check import predict_prob

        self._predict = predict_prob

    def score(self, text: str) -> float:
        return float(self._predict([text])[0])


class NewsroomScorer(Scorer):
    """Our own model (abuse_model.py): hashed character n-grams of the folded text, one
    linear model for all seven languages, trained in the repository and retrained on the
    newsroom's own decisions by `manage.py train_scorer`. About a tenth of a millisecond a
    comment, in numpy alone (no scikit-learn or scipy in the web process)."""

    name = "newsroom-model"
    uses_language = True
    inline = True

    def prepare(self) -> None:
        from newsroom.moderation import abuse_model

        self._models = abuse_model
        abuse_model.current()
        abuse_model.current().score("warm up", "en")

    def score(self, text: str, language: str = "en") -> float:
        return self._models.current().score(text, language)


class NewsroomAndProfanityScorer(NewsroomScorer):
    """Our model, and in English alt-profanity-check too: the higher of the two counts,
    the latter damped (strong words are often harmless). Measured on bench/data it
    catches nothing the rules and our model miss and costs 10-15 ms an English comment,
    so it is not the default."""

    name = "newsroom-model+alt-profanity-check"
    ENGLISH_PROFANITY_WEIGHT = 0.8

    def prepare(self) -> None:
        super().prepare()
        self._english = ProfanityCheckScorer()
        self._english.prepare()

    def score(self, text: str, language: str = "en") -> float:
        value = super().score(text, language)
        if language == "en":
            value = max(value, self.ENGLISH_PROFANITY_WEIGHT * self._english.score(text))
        return value


class HttpScorer(Scorer):
    """A scoring service over HTTP: POST {"text": ...} as JSON to MODERATION_SCORER_URL,
    answer {"score": 0..1}. Put a small adapter in front of Perspective API or a
    transformer model served locally."""

    name = "http"

    def score(self, text: str) -> float:
        url = settings.MODERATION_SCORER_URL
        if not url.startswith(("http://", "https://")):
            raise ValueError("MODERATION_SCORER_URL must be an http(s) URL")
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
            url,
            data=json.dumps({"text": text}).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        # The socket timeout only bounds each read; the pipeline's deadline bounds the whole.
        timeout = settings.MODERATION_SCORER_TIMEOUT
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            value = float(json.load(answer)["score"])
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"score {value} is outside 0..1")
        return value


_lock = threading.Lock()
_scorers: dict[str, Scorer] = {}
# Scoring runs in these threads so that a late scorer can be left behind; a scorer that
# hangs ties up at most this many threads, and further comments are then held at once.
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="scorer")


def configured_scorer() -> Scorer:
    path = settings.MODERATION_SCORER
    with _lock:
        scorer = _scorers.get(path)
        if scorer is None:
            scorer = import_string(path)()
            scorer.prepare()
            _scorers[path] = scorer
    return scorer


def warm_up() -> None:
    """Load the configured scorer and the language identifier, and compile the threat
    rules, now (called as a web process starts), so that the first comment does not
    wait for them."""
    from newsroom.moderation import languages, threats

    try:
        languages.identifier()
        for code in languages.LANGUAGES:
            threats.compiled(code)
        configured_scorer()
    except Exception:  # noqa: S110 - the first comment will report it, and be held
        pass


def score_with_deadline(text: str, language: str = "en") -> tuple[float, str]:
    """(score, scorer name), or ScorerUnavailable saying why there is none."""
    try:
        scorer = configured_scorer()
    except Exception as error:
        raise ScorerUnavailable(f"scorer could not start: {error}") from error
    arguments = (text, language) if scorer.uses_language else (text,)
    if scorer.inline:
        started = time.perf_counter()
        try:
            value = scorer.score(*arguments)
        except Exception as error:
            raise ScorerUnavailable(f"{scorer.name} failed: {error}") from error
        if time.perf_counter() - started > settings.MODERATION_SCORER_TIMEOUT:
            raise ScorerUnavailable(
                f"{scorer.name} gave no answer within {settings.MODERATION_SCORER_TIMEOUT:g} s"
            )
        return value, scorer.name
    future = _pool.submit(scorer.score, *arguments)
    try:
        return future.result(timeout=settings.MODERATION_SCORER_TIMEOUT), scorer.name
    except FutureTimeout:
        future.cancel()
        raise ScorerUnavailable(
            f"{scorer.name} gave no answer within {settings.MODERATION_SCORER_TIMEOUT:g} s"
        ) from None
    except Exception as error:
        raise ScorerUnavailable(f"{scorer.name} failed: {error}") from error
