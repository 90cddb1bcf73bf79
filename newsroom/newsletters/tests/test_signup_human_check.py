"""The newsletter signup asks for a proof of work, or a short wait without JavaScript,
and refuses a filled honeypot and a disposable address; nothing typed is lost."""

import pytest

from newsroom.core.tests.humans_helpers import solved_proof, ticket_issued

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _checks_on(settings):
    settings.HUMAN_CHECKS = True


def test_the_form_on_every_page_carries_the_widget_and_the_honeypot(client, editions):
    page = client.get("/en/").text
    assert '<altcha-widget name="altcha" challenge="/altcha/challenge/"' in page
    assert 'name="website"' in page and 'tabindex="-1"' in page


def test_a_solved_proof_signs_up(client, editions, smtp_server):
    data = {"email": "person@example.com", "edition": "en", "altcha": solved_proof(client)}
    response = client.post("/en/newsletter/", data)
    assert response.status_code == 200
    assert "Check your inbox" in response.text


def test_without_javascript_a_person_waits_and_presses_again(client, editions, smtp_server):
    data = {"email": "slow@example.com", "edition": "de"}
    first = client.post("/en/newsletter/", data)
    assert first.status_code == 400
    assert "press the button again in 10 seconds" in first.text
    # The address and edition come back as typed, with a ticket for the second press.
    assert 'value="slow@example.com"' in first.text
    assert 'name="human_ticket"' in first.text
    assert not smtp_server.messages
    second = client.post("/en/newsletter/", {**data, "human_ticket": ticket_issued(11)})
    assert "Check your inbox" in second.text


def test_a_filled_honeypot_signs_nobody_up(client, editions, smtp_server):
    data = {"email": "bot@example.com", "edition": "en", "altcha": solved_proof(client)}
    response = client.post("/en/newsletter/", {**data, "website": "http://buy.example"})
    assert response.status_code == 400
    assert not smtp_server.messages


def test_a_disposable_address_is_refused_with_a_message(client, editions, settings):
    response = client.post(
        "/en/newsletter/", {"email": "x@mailinator.com", "edition": "en", "altcha": "unused"}
    )
    assert response.status_code == 400
    assert "disposable" in response.text
    settings.BLOCK_DISPOSABLE_EMAIL = False
    settings.HUMAN_CHECKS = False
    allowed = client.post("/en/newsletter/", {"email": "x@mailinator.com", "edition": "en"})
    assert "Check your inbox" in allowed.text
