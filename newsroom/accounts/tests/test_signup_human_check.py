"""Signing up asks for a proof of work (or a wait without JavaScript), refuses a filled
honeypot and disposable addresses, and keeps what the reader typed."""

import pytest
from django.contrib.auth import get_user_model

from newsroom.core.tests.humans_helpers import solved_proof, ticket_issued

pytestmark = pytest.mark.django_db

FORM = {
    "email": "new@example.com",
    "display_name": "Nadia R.",
    "password1": "a long and odd passphrase",
    "password2": "a long and odd passphrase",
}


@pytest.fixture(autouse=True)
def _checks_on(settings):
    settings.HUMAN_CHECKS = True


def _accounts() -> int:
    return get_user_model().objects.filter(email="new@example.com").count()


def test_the_signup_page_carries_the_widget(client, editions):
    page = client.get("/en/accounts/signup/").text
    assert "<altcha-widget" in page and 'name="website"' in page
    assert "press the button a second time" in page  # the no-JavaScript note


def test_a_solved_proof_registers(client, editions):
    response = client.post("/en/accounts/signup/", {**FORM, "altcha": solved_proof(client)})
    assert response.status_code == 302
    assert _accounts() == 1


def test_without_javascript_a_person_waits_then_registers(client, editions):
    first = client.post("/en/accounts/signup/", FORM)
    assert first.status_code == 200
    assert "press the button again in 10 seconds" in first.text
    assert 'value="Nadia R."' in first.text and 'name="human_ticket"' in first.text
    assert _accounts() == 0
    second = client.post("/en/accounts/signup/", {**FORM, "human_ticket": ticket_issued(11)})
    assert second.status_code == 302
    assert _accounts() == 1


def test_a_filled_honeypot_registers_nobody(client, editions):
    data = {**FORM, "altcha": solved_proof(client), "website": "spam"}
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    assert _accounts() == 0


def test_a_disposable_address_is_refused(client, editions):
    data = {**FORM, "email": "nadia@guerrillamail.com", "altcha": solved_proof(client)}
    response = client.post("/en/accounts/signup/", data)
    assert "disposable" in response.text
    assert not get_user_model().objects.filter(email="nadia@guerrillamail.com").exists()


def test_a_subdomain_of_a_disposable_domain_is_refused_too():
    from newsroom.core.disposable_email import is_disposable

    assert is_disposable("a@mailinator.com") and is_disposable("a@eu.mailinator.com")
    assert not is_disposable("a@example.com") and not is_disposable("a@gmail.com")
