"""Webhooks go to public addresses only: a URL whose host is or resolves to loopback, a
private network, link-local (the cloud metadata service), multicast or another internal
address is refused when staff save it and again when a delivery is sent, and a redirect
is never followed there."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsroom.moderation.models import WebhookDelivery, WebhookEndpoint
from newsroom.moderation.tests.factories import held_comment
from newsroom.moderation.tests.test_webhooks import SECRET, Receiver
from newsroom.moderation.webhook_addresses import why_not_public

pytestmark = pytest.mark.django_db

INTERNAL = [
    "127.0.0.1",
    "127.8.9.10",
    "::1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "fe80::1",
    "224.0.0.1",
    "239.255.255.250",
    "ff02::1",
    "0.0.0.0",  # noqa: S104 - an address under test, not one bound
    "::",
    "240.0.0.1",
    "100.64.0.1",  # carrier-grade NAT
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
]


@pytest.mark.parametrize("address", INTERNAL)
def test_it_calls_every_internal_address_not_public(address):
    assert why_not_public(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"])
def test_it_lets_public_addresses_through(address):
    assert why_not_public(address) is None


ADD_URL = "/django-admin/moderation/webhookendpoint/add/"


def _add(client, url):
    return client.post(
        ADD_URL,
        {
            "name": "Chat",
            "url": url,
            "secret": SECRET,
            "events": "[]",
            "active": "on",
            "created_at_0": "2026-12-01",
            "created_at_1": "10:00:00",
        },
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://[::1]/hook",
        "http://169.254.169.254/latest/meta-data/",
        "https://10.0.0.5/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
    ],
)
def test_staff_cannot_save_a_webhook_to_an_internal_address(client, admin, url):
    client.force_login(admin)
    response = _add(client, url)
    assert response.status_code == 200  # the form again, with the reason
    assert "webhooks go to public addresses only" in response.text
    assert not WebhookEndpoint.objects.exists()


def test_with_private_addresses_allowed_staff_can_save_one(client, admin, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    client.force_login(admin)
    assert _add(client, "http://127.0.0.1:8000/hook").status_code == 302
    assert WebhookEndpoint.objects.get().url == "http://127.0.0.1:8000/hook"


def test_a_delivery_to_an_internal_address_is_refused_when_sent(
    editions, reader, django_capture_on_commit_callbacks
):
    receiver = Receiver()  # a real server on loopback, listening: it must hear nothing
    try:
        # Saved without the admin's check (as a row written before the check existed).
        WebhookEndpoint.objects.create(name="Inside", url=receiver.url, secret=SECRET)
        with django_capture_on_commit_callbacks(execute=True):
            held_comment(reader)
    finally:
        receiver.close()
    assert receiver.received == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "retrying" and delivery.last_status_code is None
    assert "127.0.0.1" in delivery.last_error and "loopback" in delivery.last_error


class Redirector:
    """Answers every POST with a redirect to another address, and counts the requests."""

    def __init__(self, location: str):
        self.requests = 0
        redirector = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                redirector.requests += 1
                self.send_response(307)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_redirect_is_never_followed(
    editions, reader, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True  # the first hop is on loopback
    target = Receiver()
    redirector = Redirector(target.url)
    try:
        WebhookEndpoint.objects.create(name="Moved", url=redirector.url, secret=SECRET)
        with django_capture_on_commit_callbacks(execute=True):
            held_comment(reader)
    finally:
        redirector.close()
        target.close()
    assert redirector.requests == 1 and target.received == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "retrying" and delivery.last_status_code == 307
    assert "redirects are not followed" in delivery.last_error
