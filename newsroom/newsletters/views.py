"""Readers' newsletter pages: signup, confirmation, one-click unsubscribe; and the
bounce and complaint webhook for the mail provider."""

import hmac
import json

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from newsroom.core import humans
from newsroom.core.page_cache import mark_shared_cacheable
from newsroom.core.ratelimit import Rate, hit
from newsroom.newsletters.actions import do_confirm, do_signup, do_suppress, do_unsubscribe
from newsroom.newsletters.forms import SignupForm
from newsroom.newsletters.signing import (
    signup_from_confirmation_token,
    subscriber_id_from_unsubscribe_token,
)

# Signups one address (IP) may send per hour, whatever the email addresses.
SIGNUPS_PER_HOUR = 20
SIGNUPS = Rate("newsletters:signups", SIGNUPS_PER_HOUR, 3600)


def _over_signup_limit(request) -> bool:
    return not hit(SIGNUPS, get_adapter().get_client_ip(request))


# The signup form sits on every page, and anonymous pages are served whole from the
# page cache, which never stores a response that sets a cookie: a CSRF token would
# make every page uncacheable. The POST needs no CSRF protection: it changes nothing
# for the visitor (no session, no account) and only asks us to email a confirmation
# link to an address, which anyone can ask for directly; the double opt-in, the
# per-address cooldown and the per-IP limit are what stop abuse.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def signup(request):
    if request.method == "GET":
        form = SignupForm(initial={"edition": get_language()})
        return mark_shared_cacheable(
            render(request, "newsletters/signup_page.html", {"form": form})
        )
    form = SignupForm(request.POST)
    if not form.is_valid():
        return render(request, "newsletters/signup_page.html", {"form": form}, status=400)
    human = humans.judge(request, request.POST)
    if not human.passed:
        context = {"form": form, "human": human}
        return render(request, "newsletters/signup_page.html", context, status=400)
    if _over_signup_limit(request):
        context = {
            "form": form,
            "refusal": _("Too many signups from your network. Please try again in an hour."),
        }
        return render(request, "newsletters/signup_page.html", context, status=429)
    do_signup(form.cleaned_data["email"], form.cleaned_data["edition"])
    # The same answer whether the address is new, pending or already subscribed.
    return render(request, "newsletters/check_inbox.html", {"email": form.cleaned_data["email"]})


@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    signup = signup_from_confirmation_token(token)
    if signup is None:
        return render(request, "newsletters/confirm.html", {"invalid": True}, status=400)
    email, language = signup
    if request.method == "POST":
        do_confirm(email, language)
        edition = dict(settings.LANGUAGES).get(language, language)
        return render(request, "newsletters/confirm.html", {"done": True, "edition": edition})
    return render(request, "newsletters/confirm.html", {"email": email})


# RFC 8058: mail clients POST "List-Unsubscribe=One-Click" with no cookie or CSRF token;
# the signed token in the URL is what authorises the change.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    subscriber_id = subscriber_id_from_unsubscribe_token(token)
    if subscriber_id is None:
        return render(request, "newsletters/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        do_unsubscribe(subscriber_id)
        return render(request, "newsletters/unsubscribe.html", {"done": True})
    return render(request, "newsletters/unsubscribe.html", {"token": token})


def _webhook_error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


# A machine calls this, authenticated by the shared secret, not by a browser session.
@csrf_exempt
@require_POST
def bounce_webhook(request):
    secret = settings.NEWSLETTER_WEBHOOK_SECRET
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not secret:
        return _webhook_error("the webhook is turned off: set NEWSLETTER_WEBHOOK_SECRET", 403)
    if not hmac.compare_digest(given.encode(), secret.encode()):
        return _webhook_error("wrong or missing secret (Authorization: Bearer …)", 403)
    try:
        events = _parse_events(request.body)
    except ValueError as error:
        return _webhook_error(str(error), 400)
    ended = 0
    for kind, address in events:
        if kind in ("hard_bounce", "complaint"):
            ended += do_suppress(address, complaint=kind == "complaint")
    return JsonResponse({"events": len(events), "unsubscribed": ended})


WEBHOOK_KINDS = {"hard_bounce", "soft_bounce", "complaint"}


def _parse_events(body: bytes) -> list[tuple[str, str]]:
    """{"events": [{"type": "hard_bounce"|"soft_bounce"|"complaint", "email": "…"}]}"""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ValueError("the body is not JSON") from None
    except RecursionError:  # [[[[…]]]] thousands deep: Python's parser gives up
        raise ValueError("the JSON is nested too deeply") from None
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        raise ValueError('expected {"events": [{"type": …, "email": …}, …]}')
    parsed = []
    for number, event in enumerate(events):
        kind = event.get("type") if isinstance(event, dict) else None
        address = event.get("email") if isinstance(event, dict) else None
        if kind not in WEBHOOK_KINDS or not isinstance(address, str) or "@" not in address:
            raise ValueError(
                f"event {number}: needs a type ({', '.join(sorted(WEBHOOK_KINDS))}) and an email"
            )
        parsed.append((kind, address))
    return parsed
