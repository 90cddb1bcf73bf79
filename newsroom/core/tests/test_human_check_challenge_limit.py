"""/altcha/challenge/ is limited per network address: past the limit it answers a 429
that says why and when to try again, never a challenge and never a server error."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/altcha/challenge/"


@pytest.fixture(autouse=True)
def _limit(settings):
    settings.HUMAN_CHECKS = True
    settings.HUMAN_CHECK_CHALLENGES_PER_MINUTE = 3


def test_it_refuses_a_network_that_asks_for_too_many_challenges(client):
    for _ in range(3):
        answer = client.get(URL, REMOTE_ADDR="203.0.113.9")
        assert answer.status_code == 200 and "parameters" in answer.json()
    refused = client.get(URL, REMOTE_ADDR="203.0.113.9")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert refused["Cache-Control"] == "no-store"
    assert "Too many checks" in refused.json()["detail"]
    assert "parameters" not in refused.json()


def test_another_network_still_gets_its_challenges(client):
    for _ in range(4):
        client.get(URL, REMOTE_ADDR="203.0.113.10")
    other = client.get(URL, REMOTE_ADDR="198.51.100.20")
    assert other.status_code == 200 and "parameters" in other.json()


def test_the_refusal_is_in_the_readers_language(client):
    for _ in range(3):
        client.get(URL, REMOTE_ADDR="203.0.113.11")
    refused = client.get(URL, REMOTE_ADDR="203.0.113.11", HTTP_ACCEPT_LANGUAGE="de")
    assert refused.status_code == 429
    assert "Zu viele Prüfungen" in refused.json()["detail"]


def test_no_limit_when_set_to_zero(client, settings):
    settings.HUMAN_CHECK_CHALLENGES_PER_MINUTE = 0
    for _ in range(5):
        assert client.get(URL, REMOTE_ADDR="203.0.113.12").status_code == 200
