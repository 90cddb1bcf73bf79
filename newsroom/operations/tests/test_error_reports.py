"""Error reports: off (sentry_sdk not even imported) without SENTRY_DSN; with it, events
reach the server scrubbed of readers' addresses, network addresses and comment text.
The server is a small HTTP server on loopback that keeps what it is sent."""

import gzip
import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsroom.operations.error_reports import before_send, scrub_event
from newsroom.operations.request_context import current_request_id

ROOT = Path(__file__).resolve().parents[3]
EMAIL = "ines.garcia@example.com"
ADDRESS = "198.51.100.23"
ADDRESS6 = "2001:db8::7"
BODY = "My neighbour on Harbour Street is the one who leaked the report"


def realistic_event() -> dict:
    return {
        "message": f"could not screen a comment by {EMAIL} from {ADDRESS}",
        "exception": {"values": [{"type": "ValueError", "value": f"bad input from {ADDRESS6}"}]},
        "request": {
            "url": "https://news.example/en/comments/12/reply/",
            "method": "POST",
            "data": {"body": BODY, "csrfmiddlewaretoken": "abc"},
            "cookies": {"sessionid": "s3ss10n"},
            "headers": {
                "Cookie": "sessionid=s3ss10n",
                "X-Forwarded-For": ADDRESS,
                "User-Agent": "Firefox",
            },
            "env": {"REMOTE_ADDR": ADDRESS, "SERVER_NAME": "news.example"},
        },  # fmt: skip
        "user": {"id": 7, "email": EMAIL, "ip_address": ADDRESS, "username": "ines"},
        "extra": {"comment": {"body": BODY, "id": 12}, "excerpt": BODY[:40], "note": "ok"},
        "breadcrumbs": {"values": [{"message": f"mail sent to {EMAIL}"}]},
    }


def test_the_scrubber_removes_addresses_and_comment_text_and_keeps_the_rest():
    scrubbed = scrub_event(realistic_event())
    text = json.dumps(scrubbed)
    for secret in (EMAIL, ADDRESS, ADDRESS6, BODY, BODY[:40], "s3ss10n"):
        assert secret not in text
    assert scrubbed["message"] == "could not screen a comment by [email] from [ip]"
    assert scrubbed["exception"]["values"][0] == {
        "type": "ValueError",
        "value": "bad input from [ip]",
    }
    assert scrubbed["user"] == {"id": 7}
    assert scrubbed["request"]["headers"]["User-Agent"] == "Firefox"
    assert scrubbed["request"]["url"] == "https://news.example/en/comments/12/reply/"
    assert scrubbed["extra"]["comment"] == "[removed]"


def test_the_scrubber_leaves_times_versions_and_ids_alone():
    event = {"message": "took 12.5 ms at 10:42:07 on 2026-12-02, release 2.75.0, id 1234"}
    assert scrub_event(event) == event


def test_an_event_in_a_request_is_tagged_with_its_request_id():
    token = current_request_id.set("req-0123456789")
    try:
        event = before_send({"message": "boom"})
    finally:
        current_request_id.reset(token)
    assert event["tags"]["request_id"] == "req-0123456789"


class _Collector(http.server.BaseHTTPRequestHandler):
    received: list[bytes] = []

    def do_POST(self):  # noqa: N802 - http.server's name
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        type(self).received.append(raw)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture
def sentry_server():
    _Collector.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


REPORTING = f"""
import json, logging, sys
import sentry_sdk
print("IMPORTED", "sentry_sdk" in sys.modules)
if sentry_sdk.is_initialized():
    sentry_sdk.set_user({{"id": 7, "email": "{EMAIL}", "ip_address": "{ADDRESS}"}})
    logging.getLogger("newsroom.test").error("reply mail to {EMAIL} failed")
    def screen(body):
        raise RuntimeError("screening failed for {EMAIL} at {ADDRESS}")
    try:
        screen("{BODY}")
    except RuntimeError:
        sentry_sdk.capture_exception()
    sentry_sdk.capture_event(json.loads({json.dumps(json.dumps(realistic_event()))}))
    sentry_sdk.flush(10)
"""

ABSENT = "import sys; print('IMPORTED', 'sentry_sdk' in sys.modules)"


def _shell(code: str, **env) -> str:
    environment = {k: v for k, v in os.environ.items() if k not in ("SENTRY_DSN", "DATABASE_URL")}
    environment.update(DJANGO_SETTINGS_MODULE="newsroom.settings", LOG_LEVEL="WARNING", **env)
    # On standard input, not the command line: Sentry reports sys.argv, and the test's
    # own code (which holds the secrets) must not be what carries them out.
    done = subprocess.run(
        [sys.executable, "manage.py", "shell"],
        cwd=ROOT, env=environment, input=code, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_without_a_dsn_sentry_is_not_even_imported(tmp_path):
    assert "IMPORTED False" in _shell(ABSENT, DATA_DIR=str(tmp_path))


def test_with_a_dsn_events_reach_the_server_scrubbed(tmp_path, sentry_server):
    dsn = f"http://publickey@127.0.0.1:{sentry_server.server_address[1]}/42"
    output = _shell(REPORTING, DATA_DIR=str(tmp_path), SENTRY_DSN=dsn)
    assert "IMPORTED True" in output
    envelopes = b"\n".join(_Collector.received).decode()
    # The logged error, the exception and the event with a request all arrived ...
    assert "reply mail to [email] failed" in envelopes
    assert "screening failed for [email] at [ip]" in envelopes
    assert "/en/comments/12/reply/" in envelopes
    # ... and nothing that names or quotes a reader left the site.
    for secret in (EMAIL, ADDRESS, ADDRESS6, BODY, "s3ss10n"):
        assert secret not in envelopes
