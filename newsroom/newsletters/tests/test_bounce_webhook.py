"""The bounce and complaint webhook (/newsletters/bounces), for the mail provider."""

import json

import pytest

from newsroom.newsletters.models import Subscriber
from newsroom.newsletters.tests.factories import make_subscriber

pytestmark = pytest.mark.django_db

SECRET = "a-long-shared-secret"


@pytest.fixture(autouse=True)
def _secret(settings):
    settings.NEWSLETTER_WEBHOOK_SECRET = SECRET


def _post_body(client, body: str, secret=SECRET):
    return client.post(
        "/newsletters/bounces",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"} if secret is not None else {},
    )


def _post(client, events, secret=SECRET):
    return _post_body(client, json.dumps({"events": events}), secret)


def test_hard_bounces_and_complaints_unsubscribe_in_every_edition(client, editions):
    make_subscriber("bouncing@example.com", "en")
    make_subscriber("bouncing@example.com", "de")
    make_subscriber("annoyed@example.com", "en")
    make_subscriber("busy@example.com", "en")
    response = _post(
        client,
        [
            {"type": "hard_bounce", "email": "Bouncing@example.com"},
            {"type": "complaint", "email": "annoyed@example.com"},
            {"type": "soft_bounce", "email": "busy@example.com"},
        ],
    )
    assert response.status_code == 200
    assert response.json() == {"events": 3, "unsubscribed": 3}
    statuses = dict(Subscriber.objects.values_list("email", "status").distinct())
    assert statuses == {
        "bouncing@example.com": "bounced",
        "annoyed@example.com": "complained",
        "busy@example.com": "subscribed",  # a full mailbox today is not a dead address
    }


@pytest.mark.parametrize("secret", ["wrong-secret", "", None])
def test_it_refuses_a_wrong_or_missing_secret(client, editions, secret):
    make_subscriber("kept@example.com")
    response = _post(client, [{"type": "complaint", "email": "kept@example.com"}], secret)
    assert response.status_code == 403
    assert "secret" in response.json()["error"]
    assert Subscriber.objects.get().status == "subscribed"


def test_it_is_off_without_a_configured_secret(client, editions, settings):
    settings.NEWSLETTER_WEBHOOK_SECRET = ""
    response = _post(client, [{"type": "complaint", "email": "a@example.com"}], "")
    assert response.status_code == 403
    assert "turned off" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("not json", "not JSON"),
        ('{"nothing": 1}', "expected"),
        ('{"events": [{"type": "bounce", "email": "a@example.com"}]}', "event 0"),
    ],
)
def test_bad_input_gets_a_clear_message(client, editions, body, message):
    response = _post_body(client, body)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_only_post_is_accepted(client, editions):
    assert client.get("/newsletters/bounces").status_code == 405


@pytest.mark.parametrize("depth", [5_000, 100_000])
def test_deeply_nested_json_is_a_clear_400_not_a_500(client, editions, depth):
    # The attack: [[[[…]]]] thousands deep made json.loads raise RecursionError.
    for body in ("[" * depth + "]" * depth, '{"events": ' + "[" * depth + "]" * depth + "}"):
        response = _post_body(client, body)
        assert response.status_code == 400
        assert response.json()["error"] == "the JSON is nested too deeply"
