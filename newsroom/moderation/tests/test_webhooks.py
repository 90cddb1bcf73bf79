"""Moderation webhooks: a real HTTP server on loopback receives signed deliveries when a
comment is held, reported or decided, verifies each signature, and a failed delivery is
retried with a growing delay until it is delivered or has used its attempts."""

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsroom.moderation.actions import do_approve, do_reject
from newsroom.moderation.models import WebhookDelivery, WebhookEndpoint
from newsroom.moderation.tests.factories import held_comment, make_comment, report
from newsroom.moderation.webhooks import send_due

pytestmark = pytest.mark.django_db

SECRET = "a shared secret for the receiver"


class Receiver:
    """An HTTP server that checks each delivery's signature as a newsroom's would."""

    def __init__(self):
        self.received: list[dict] = []
        self.answers: list[int] = []  # status codes to answer, in turn; then 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                timestamp = self.headers["X-Newsroom-Timestamp"]
                expected = hmac.new(
                    SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256
                )
                receiver.received.append(
                    {
                        "event": self.headers["X-Newsroom-Event"],
                        "delivery": self.headers["X-Newsroom-Delivery"],
                        "verified": hmac.compare_digest(
                            self.headers["X-Newsroom-Signature"], "sha256=" + expected.hexdigest()
                        ),
                        "payload": json.loads(body),
                    }
                )
                status = receiver.answers.pop(0) if receiver.answers else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/newsroom"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    # The receiver is on loopback, which webhooks are refused by default
    # (test_webhook_addresses.py tests that refusal).
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def endpoint(receiver):
    return WebhookEndpoint.objects.create(name="Moderation chat", url=receiver.url, secret=SECRET)


def test_a_held_comment_is_delivered_signed(
    editions, reader, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = held_comment(reader)
    [delivery] = receiver.received
    assert delivery["verified"]
    assert delivery["event"] == "comment.held"
    payload = delivery["payload"]
    assert payload["comment"]["id"] == comment.pk
    assert payload["comment"]["body"] == comment.body
    assert payload["comment"]["url"].endswith(f"?comment={comment.pk}#c{comment.pk}")
    assert payload["article"]["language"] == "en"
    assert payload["by"] == "check"
    logged = WebhookDelivery.objects.get()
    assert logged.status == "delivered" and logged.attempts == 1
    assert str(logged.uuid) == delivery["delivery"]


def test_reports_and_decisions_are_delivered_and_ordinary_comments_are_not(
    editions, reader, other_reader, moderator, rules, endpoint, receiver,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(author=reader, body="An ordinary remark.")
    assert comment.status == "published"
    assert receiver.received == []  # screening's approval of every comment is not an event
    with django_capture_on_commit_callbacks(execute=True):
        report(comment, other_reader, reason="harassment", text="Rude to me.")
    with django_capture_on_commit_callbacks(execute=True):
        do_reject(comment, moderator, "harassment")
    with django_capture_on_commit_callbacks(execute=True):
        held = held_comment(reader)
    with django_capture_on_commit_callbacks(execute=True):
        do_approve(held, moderator)
    events = [(d["event"], d["payload"]["action"]) for d in receiver.received]
    assert events == [
        ("comment.reported", "reported"),
        ("comment.decided", "rejected"),
        ("comment.held", "held"),
        ("comment.decided", "approved"),
    ]
    assert receiver.received[0]["payload"]["report"] == {
        "reason": "harassment",
        "text": "Rude to me.",
    }
    assert receiver.received[1]["payload"]["by"] == "moderator"
    assert all(d["verified"] for d in receiver.received)


def test_a_failed_delivery_is_retried_with_backoff_until_delivered(
    editions, reader, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.answers = [500, 503]
    with django_capture_on_commit_callbacks(execute=True):
        held_comment(reader)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "retrying" and delivery.attempts == 1
    assert delivery.last_status_code == 500
    assert delivery.next_attempt_at - delivery.last_attempt_at == timedelta(seconds=30)
    assert send_due() == {}  # not due yet
    send_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == "retrying" and delivery.attempts == 2
    # Twice as long after the second failure.
    assert delivery.next_attempt_at - delivery.last_attempt_at == timedelta(seconds=60)
    send_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.attempts == 3
    # The same delivery three times, each signed, with the same id for de-duplication.
    assert len({d["delivery"] for d in receiver.received}) == 1
    assert len(receiver.received) == 3 and all(d["verified"] for d in receiver.received)


def test_a_receiver_that_never_answers_ends_as_failed(
    editions, reader, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True  # so that it is the silence that fails
    gone = Receiver()
    url = gone.url
    gone.close()  # nothing listens there any more
    WebhookEndpoint.objects.create(name="Gone", url=url, secret=SECRET)
    with django_capture_on_commit_callbacks(execute=True):
        held_comment(reader)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "retrying" and delivery.last_error
    send_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == "failed" and delivery.attempts == 2


def test_an_endpoint_gets_only_the_events_it_asked_for(
    editions, reader, receiver, django_capture_on_commit_callbacks
):
    WebhookEndpoint.objects.create(
        name="Reports", url=receiver.url, secret=SECRET, events=["comment.reported"]
    )
    WebhookEndpoint.objects.create(name="Off", url=receiver.url, secret=SECRET, active=False)
    with django_capture_on_commit_callbacks(execute=True):
        held_comment(reader)
    assert receiver.received == [] and not WebhookDelivery.objects.exists()


def test_the_delivery_log_is_in_the_admin_for_staff_only(
    client, admin_client, editions, reader, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        held_comment(reader)
    page = admin_client.get("/django-admin/moderation/webhookdelivery/").text
    assert "comment.held" in page and "Moderation chat" in page
    client.force_login(reader)
    assert client.get("/django-admin/moderation/webhookdelivery/").status_code == 302
