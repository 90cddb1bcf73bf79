"""New accounts show they are a person before they comment, once a session.

An account younger than HUMAN_CHECK_NEW_ACCOUNT_DAYS sends the proof of work (or takes
the no-JavaScript lane) with its first comment of a session (newsroom/core/humans.py);
for an hour after that its comments go straight to screening. Established readers,
staff and moderators are never asked.
"""

import time
from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from newsroom.comments.errors import CommentRefused
from newsroom.core import humans

SESSION_KEY = "newsroom_shown_human_until"
SHOWN_FOR_SECONDS = 3600


def needs_proof(request: HttpRequest) -> bool:
    days = settings.HUMAN_CHECK_NEW_ACCOUNT_DAYS
    user = request.user
    if not humans.enabled() or days == 0 or not user.is_authenticated or user.is_staff:
        return False
    if user.date_joined < timezone.now() - timedelta(days=days):
        return False
    return time.time() >= request.session.get(SESSION_KEY, 0)


def check_new_account_is_human(request: HttpRequest) -> None:
    """Refuse (400) a new account's comment that does not show a person sent it; the
    form shown again carries the no-JavaScript lane's ticket (`request.human_verdict`)."""
    if not needs_proof(request):
        return
    verdict = humans.judge(request, request.POST)
    if not verdict.passed:
        request.human_verdict = verdict  # type: ignore[attr-defined]
        raise CommentRefused(verdict.message, status=400)
    request.session[SESSION_KEY] = time.time() + SHOWN_FOR_SECONDS
