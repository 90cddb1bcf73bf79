"""Telling people from bots at the forms anyone may send, with no third-party service.

Three checks, judged together by `judge()`:

- a proof of work (ALTCHA, `altcha-django`): the browser fetches a signed challenge from
  `/altcha/challenge/` and spends a moment of CPU finding its solution, which the form
  sends as `altcha`; each solution is accepted once (replays are remembered in the
  shared cache). It costs a reader nothing they notice and a bot sending thousands of
  forms a great deal.
- a honeypot: a field named `website` that people never see (hidden by the stylesheet,
  out of the tab order and hidden from screen readers); form-filling bots fill it.
- a slower lane for browsers without JavaScript, which cannot do the proof of work: the
  first press of the button answers "wait N seconds, then press it again", with the
  form as it was and a signed ticket; the second press, after the wait, goes through.
  Each ticket works once, and one network may use this lane a limited number of times
  an hour, so a bot gains little by taking it.

Fetching challenges is limited per network address too (HUMAN_CHECK_CHALLENGES_PER_MINUTE,
core/views.py `HumanCheckChallenge`), so nobody can make us sign them without end.
"""

import secrets
import time
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core import signing
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _

from newsroom.core.ratelimit import Rate, hit, shared_cache

PROOF_FIELD = "altcha"
HONEYPOT_FIELD = "website"
TICKET_FIELD = "human_ticket"
FIELDS = (PROOF_FIELD, HONEYPOT_FIELD, TICKET_FIELD)

_TICKET_SALT = "newsroom.core.humans.ticket"
# A ticket older than this is stale: the reader left the page and came back much later.
TICKET_MAX_AGE = 30 * 60


@dataclass(frozen=True)
class Verdict:
    """What one submission proved. A refusal carries the message for the reader and,
    for the no-JavaScript lane, the ticket their next press of the button must send."""

    passed: bool
    message: str = ""
    ticket: str = ""


PASSED = Verdict(passed=True)


def enabled() -> bool:
    return settings.HUMAN_CHECKS


def client_address(request: HttpRequest) -> str:
    try:
        return get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):  # no address, or proxies misconfigured
        return request.META.get("REMOTE_ADDR") or "unknown"


# Challenges one network address may fetch from /altcha/challenge/ a minute: each costs
# us a signature and a row of the shared cache, and a person needs one per form.
CHALLENGE_WINDOW_SECONDS = 60


def may_fetch_challenge(request: HttpRequest) -> bool:
    """Count one challenge for the request's address; False once it is over the limit."""
    rate = Rate(
        "humans:challenge", settings.HUMAN_CHECK_CHALLENGES_PER_MINUTE, CHALLENGE_WINDOW_SECONDS
    )
    return hit(rate, client_address(request))


def too_many_challenges_message() -> str:
    return _(
        "Too many checks were asked for from your network in the last minute. "
        "Please wait a minute and try again."
    )


def issue_ticket() -> str:
    return signing.dumps({"t": time.time(), "n": secrets.token_hex(8)}, salt=_TICKET_SALT)


def judge(request: HttpRequest, data) -> Verdict:
    """Whether this submission (`data`, the POST) comes from a person, by the checks above."""
    if not enabled():
        return PASSED
    if data.get(HONEYPOT_FIELD):
        # Said plainly but without naming the field: a person who somehow filled it
        # sends the form again (the field comes back empty) and gets through.
        return Verdict(False, _("We could not accept this form. Please send it again."))
    payload = data.get(PROOF_FIELD)
    if payload:
        return _judge_proof(request, payload)
    ticket = data.get(TICKET_FIELD)
    if ticket:
        return _judge_ticket(request, ticket)
    return _wait_verdict()


def _judge_proof(request: HttpRequest, payload: str) -> Verdict:
    from altcha_django.verifiers import run_verification

    result = run_verification(str(payload)[:8000], request=request)
    if result.verified:
        return PASSED
    # A stale or reused solution (a page left open, a form sent twice): the reader may
    # try again at once, or wait and use the no-JavaScript lane.
    return Verdict(
        False,
        _("The check that you are a person did not work out. Please press the button again."),
        issue_ticket(),
    )


def _wait_verdict() -> Verdict:
    seconds = settings.HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS
    message = _(
        "Without JavaScript we ask you to wait a little: please press the button again "
        "in %(seconds)d seconds. What you entered is kept."
    ) % {"seconds": seconds}
    return Verdict(False, message, issue_ticket())


def _judge_ticket(request: HttpRequest, ticket: str) -> Verdict:
    try:
        content = signing.loads(str(ticket)[:500], salt=_TICKET_SALT, max_age=TICKET_MAX_AGE)
        issued, nonce = float(content["t"]), str(content["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return _wait_verdict()
    waited = time.time() - issued
    if waited > TICKET_MAX_AGE:
        return _wait_verdict()
    wait = settings.HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS
    if waited < wait:
        message = _(
            "Please wait %(seconds)d more seconds, then press the button again. "
            "What you entered is kept."
        ) % {"seconds": max(1, round(wait - waited))}
        return Verdict(False, message, ticket)
    if not shared_cache.add(f"humans:ticket:{nonce}", 1, TICKET_MAX_AGE):
        return _wait_verdict()  # used once already
    per_hour = settings.HUMAN_CHECK_NOSCRIPT_PER_HOUR
    if not hit(Rate("humans:noscript", per_hour, 3600), client_address(request)):
        return Verdict(
            False,
            _(
                "Too many forms were sent from your network without JavaScript. "
                "Please turn JavaScript on, or try again in an hour."
            ),
        )
    return PASSED


def widget_language(language: str) -> str:
    """The widget's name for an edition's language (its catalogue has es-es, fr-fr)."""
    return {"es": "es-es", "fr": "fr-fr"}.get(language, language)
