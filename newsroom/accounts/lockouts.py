"""Failed sign-ins and lockouts, recorded for staff, and lifting a lockout.

allauth throttles failed sign-ins (ACCOUNT_RATE_LIMITS["login_failed"]: per address
and per email) with counts in the shared cache; the adapter records each failure and
each attempt the throttle refuses here, so staff can see them in the admin and lift
a reader's lockout there.
"""

from datetime import timedelta

from allauth.core import ratelimit
from django.http import HttpRequest
from django.utils import timezone

from newsroom.accounts.models import FailedSignIn
from newsroom.core.humans import client_address

KEEP_DAYS = 30


def record_failure(request: HttpRequest, email: str, *, locked_out: bool) -> None:
    FailedSignIn.objects.create(
        email=email.strip().lower()[:254],
        address=client_address(request)[:64],
        locked_out=locked_out,
    )
    FailedSignIn.objects.filter(at__lt=timezone.now() - timedelta(days=KEEP_DAYS)).delete()


def lift_lockout(request: HttpRequest, email: str) -> None:
    """Forget allauth's count of failed sign-ins for this address (the per-email part;
    the per-network part ends by itself within a minute)."""
    from allauth.account.adapter import get_adapter

    key = get_adapter(request)._get_login_attempts_cache_key(request, email=email)
    ratelimit.clear(request, action="login_failed", key=key)
