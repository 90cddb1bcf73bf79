"""The toxicity scorer behind its interface: plugged in by settings, bounded by a
deadline. A slow, failing or unloadable scorer holds the comment; never publishes or
drops it."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsroom.comments.models import Comment
from newsroom.moderation.models import AuditEntry, Review
from newsroom.moderation.tests.factories import make_comment

pytestmark = pytest.mark.django_db

HERE = "newsroom.moderation.tests.scorers_for_tests"


@pytest.mark.parametrize(
    ("scorer", "why"),
    [
        (f"{HERE}.SlowScorer", "no answer within 0.3 s"),
        (f"{HERE}.FailingScorer", "the scoring service is down"),
        (f"{HERE}.BrokenToLoadScorer", "could not start"),
    ],
)
def test_a_scorer_that_fails_or_is_late_holds_the_comment(
    settings, editions, reader, rules, scorer, why
):
    settings.MODERATION_SCORER = scorer
    settings.MODERATION_SCORER_TIMEOUT = 0.3
    started = time.monotonic()
    comment = make_comment(author=reader, body="A calm remark about the reservoir levels.")
    assert time.monotonic() - started < 2.5  # the request did not wait for the slow scorer
    assert Comment.objects.get(pk=comment.pk).status == "pending"
    toxicity = next(c for c in Review.objects.get(pk=comment.pk).checks if c["check"] == "toxicity")
    assert toxicity["verdict"] == "hold" and why in toxicity["reason"]
    assert toxicity["score"] is None
    entry = AuditEntry.objects.get(comment=comment)
    assert (entry.action, entry.automatic) == ("held", "toxicity")


class _ScoringService(BaseHTTPRequestHandler):
    mode = "ok"

    def do_POST(self):  # noqa: N802 - http.server's name
        text = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["text"]
        if self.server.mode == "slow":
            time.sleep(2)
        if self.server.mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        score = 0.97 if "worthless" in text else 0.03
        body = json.dumps({"score": score}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def scoring_service(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ScoringService)
    server.mode = "ok"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.MODERATION_SCORER = "newsroom.moderation.scorers.HttpScorer"
    settings.MODERATION_SCORER_URL = f"http://127.0.0.1:{server.server_port}/score"
    settings.MODERATION_SCORER_TIMEOUT = 0.5
    yield server
    server.shutdown()


def test_an_http_scoring_service_plugs_in_by_settings(scoring_service, editions, reader, rules):
    calm = make_comment(author=reader, body="Thanks for the clear explainer on the spillway.")
    assert calm.status == "published"
    record = next(c for c in Review.objects.get(pk=calm.pk).checks if c["check"] == "toxicity")
    assert record["score"] == 0.03 and record["reason"].startswith("http")


@pytest.mark.parametrize("mode", ["slow", "error"])
def test_a_slow_or_failing_scoring_service_holds(scoring_service, editions, reader, rules, mode):
    scoring_service.mode = mode
    comment = make_comment(author=reader, body="Thanks for the clear explainer on the spillway.")
    assert comment.status == "pending"
    assert Comment.objects.filter(pk=comment.pk, status="pending").exists()
