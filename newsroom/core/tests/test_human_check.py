"""Telling people from bots (core/humans.py): a solved proof of work passes once, the
honeypot stops form-filling bots, and browsers without JavaScript pass by waiting."""

import re

import pytest
from django.test import RequestFactory

from newsroom.core import humans
from newsroom.core.tests.humans_helpers import solved_proof, ticket_issued

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _checks_on(settings):
    settings.HUMAN_CHECKS = True
    settings.HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS = 10
    settings.HUMAN_CHECK_NOSCRIPT_PER_HOUR = 3


def _request(address: str = "203.0.113.5"):
    return RequestFactory().post("/en/newsletter/", REMOTE_ADDR=address)


def test_it_passes_a_solved_proof_of_work_once():
    proof = solved_proof()
    assert humans.judge(_request(), {"altcha": proof}).passed
    replayed = humans.judge(_request(), {"altcha": proof})
    assert not replayed.passed
    assert replayed.ticket  # the reader may still take the waiting lane


def test_it_refuses_a_proof_that_was_not_solved():
    proof = solved_proof()
    forged = proof[:-8] + "AAAAAAA="
    assert not humans.judge(_request(), {"altcha": forged}).passed
    assert not humans.judge(_request(), {"altcha": "not base64 at all"}).passed


def test_it_refuses_a_filled_honeypot_even_with_a_proof():
    verdict = humans.judge(_request(), {"altcha": solved_proof(), "website": "http://spam"})
    assert not verdict.passed
    assert "send it again" in verdict.message


def test_without_javascript_it_asks_to_wait_and_then_lets_the_person_through():
    first = humans.judge(_request(), {})
    assert not first.passed
    assert "10 seconds" in first.message
    assert first.ticket
    # Pressed again at once: still waiting, with the same ticket.
    too_soon = humans.judge(_request(), {"human_ticket": first.ticket})
    assert not too_soon.passed
    assert too_soon.ticket == first.ticket
    assert re.search(r"wait \d+ more seconds", too_soon.message)
    # Pressed again after the wait.
    assert humans.judge(_request(), {"human_ticket": ticket_issued(11)}).passed


def test_a_waiting_ticket_works_once():
    ticket = ticket_issued(11)
    assert humans.judge(_request(), {"human_ticket": ticket}).passed
    again = humans.judge(_request(), {"human_ticket": ticket})
    assert not again.passed
    assert again.ticket and again.ticket != ticket


def test_a_forged_or_stale_ticket_starts_the_wait_again():
    assert not humans.judge(_request(), {"human_ticket": "forged:ticket"}).passed
    stale = ticket_issued(humans.TICKET_MAX_AGE + 5)
    assert not humans.judge(_request(), {"human_ticket": stale}).passed


def test_one_network_may_take_the_waiting_lane_only_so_often():
    for _ in range(3):
        assert humans.judge(_request(), {"human_ticket": ticket_issued(11)}).passed
    refused = humans.judge(_request(), {"human_ticket": ticket_issued(11)})
    assert not refused.passed
    assert "Too many" in refused.message
    # Another network is not held up.
    assert humans.judge(_request("198.51.100.7"), {"human_ticket": ticket_issued(11)}).passed


def test_it_asks_nothing_when_the_checks_are_off(settings):
    settings.HUMAN_CHECKS = False
    assert humans.judge(_request(), {"website": "filled"}).passed


def test_the_challenge_endpoint_is_never_cached(client):
    first = client.get("/altcha/challenge/").json()
    second = client.get("/altcha/challenge/").json()
    assert first["parameters"]["nonce"] != second["parameters"]["nonce"]
