"""Helpers for tests of the checks that tell people from bots: a solved proof of work,
as the browser's widget would send it, and a no-JavaScript ticket issued in the past."""

import secrets
import time

from altcha import Challenge, Payload
from altcha.v2 import solve_challenge
from django.core import signing
from django.test import Client

from newsroom.core import humans


def solved_proof(client: Client | None = None) -> str:
    """Fetch a challenge from the site's endpoint and solve it, as the widget does."""
    response = (client or Client()).get("/altcha/challenge/")
    assert response.status_code == 200
    challenge = Challenge.from_dict(response.json())
    solution = solve_challenge(challenge, timeout=30)
    assert solution is not None
    return Payload(challenge, solution).to_base64()


def ticket_issued(seconds_ago: float) -> str:
    content = {"t": time.time() - seconds_ago, "n": secrets.token_hex(8)}
    return signing.dumps(content, salt=humans._TICKET_SALT)
