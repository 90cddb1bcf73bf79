"""Scorers that misbehave, plugged in by settings as any other scorer would be."""

import time

from newsroom.moderation.scorers import Scorer


class SlowScorer(Scorer):
    name = "slow"

    def score(self, text: str) -> float:
        time.sleep(3)
        return 0.0


class FailingScorer(Scorer):
    name = "failing"

    def score(self, text: str) -> float:
        raise ConnectionError("the scoring service is down")


class BrokenToLoadScorer(Scorer):
    name = "broken"

    def prepare(self) -> None:
        raise OSError("model file missing")


class SlowInlineScorer(Scorer):
    """Runs in the request's thread, as our own model does, but takes too long."""

    name = "slow-inline"
    inline = True

    def score(self, text: str) -> float:
        time.sleep(0.5)
        return 0.0
