"""Signed links in newsletter emails: confirming a signup and unsubscribing."""

from django.conf import settings
from django.core import signing

from newsroom.core.numbers import database_id

_CONFIRM_SALT = "newsroom.newsletters.confirm"
_UNSUBSCRIBE_SALT = "newsroom.newsletters.unsubscribe"


def confirmation_token(email: str, language: str) -> str:
    # Carries the address itself: nothing is stored until the reader confirms it.
    return signing.dumps({"e": email, "l": language}, salt=_CONFIRM_SALT, compress=True)


def signup_from_confirmation_token(token: str) -> tuple[str, str] | None:
    """(email, language) of a valid, unexpired token; None otherwise."""
    try:
        value = signing.loads(
            token, salt=_CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRM_DAYS * 86400
        )
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(value, dict) or not {"e", "l"} <= value.keys():
        return None
    return str(value["e"]), str(value["l"])


def unsubscribe_token(subscriber_id: int) -> str:
    # No expiry: the link in a years-old digest should still work.
    return signing.Signer(salt=_UNSUBSCRIBE_SALT).sign(str(subscriber_id))


def subscriber_id_from_unsubscribe_token(token: str) -> int | None:
    try:
        value = signing.Signer(salt=_UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return database_id(value)
