"""Making, revoking and using personal API tokens.

`check_new_token` validates what the reader asked for; `do_create_token` makes the token
and returns it in clear exactly once (only its hash is stored); `do_revoke_token` ends
it for good. `token_for` finds the live token behind a raw value, for the API's auth.
"""

import secrets
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.api.models import SHOWN_CHARACTERS, TOKEN_PREFIX, PersonalToken, Scope, digest_of
from newsroom.moderation.roles import is_moderator

MAX_TOKENS_PER_READER = 20
# last_used_at is refreshed at most this often: a write per API call would put every
# read through the database's write lock.
LAST_USED_PRECISION = timedelta(minutes=5)


class TokenRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_new_token(user, name: str, scopes: list[str]) -> tuple[str, list[str]]:
    """The cleaned name and scopes of a token this reader may make, or TokenRefused."""
    name = " ".join((name or "").split())[:80]
    if not name or "\x00" in name:
        raise TokenRefused(_("Give the token a name, so you know later what it is for."))
    chosen = [scope for scope in Scope.values if scope in set(scopes or [])]
    if not chosen or len(chosen) != len(set(scopes or [])):
        raise TokenRefused(_("Choose what the token may do: read, write or moderate."))
    if Scope.MODERATE in chosen and not is_moderator(user):
        raise TokenRefused(_("Only moderators can make a token that moderates."))
    if PersonalToken.objects.of_reader(user).count() >= MAX_TOKENS_PER_READER:
        raise TokenRefused(
            _("You have %(count)d tokens already; revoke one you no longer use first.")
            % {"count": MAX_TOKENS_PER_READER}
        )
    return name, chosen


def do_create_token(
    user,
    name: str,
    scopes: list[str],
    *,
    kind: str = PersonalToken.Kind.PERSONAL,
    expires_at: datetime | None = None,
) -> tuple[PersonalToken, str]:
    """Make a token; returns it with its raw value, which is never stored or shown again."""
    secret = secrets.token_urlsafe(32)
    raw = f"{TOKEN_PREFIX}{secret}"
    token = PersonalToken.objects.create(
        user=user,
        name=name,
        kind=kind,
        digest=digest_of(raw),
        shown=secret[:SHOWN_CHARACTERS],
        scopes=scopes,
        expires_at=expires_at,
    )
    return token, raw


def do_revoke_token(token: PersonalToken) -> None:
    with transaction.atomic():
        PersonalToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )


def token_for(raw: str) -> PersonalToken:
    """The token behind a raw value, with its user; TokenRefused when unknown, revoked
    or expired, saying which (the reader's own app shows it to them)."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 100:
        raise TokenRefused(_("That is not an API token of this site."))
    token = (
        PersonalToken.objects.select_related("user__profile").filter(digest=digest_of(raw)).first()
    )
    if token is None:
        raise TokenRefused(_("That API token is not known here."))
    if token.is_revoked:
        raise TokenRefused(_("That API token has been revoked."))
    now = timezone.now()
    if token.has_expired(now):
        raise TokenRefused(_("That API token has expired."))
    if not token.user.is_active:
        raise TokenRefused(_("That API token's account is closed."))
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        PersonalToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
