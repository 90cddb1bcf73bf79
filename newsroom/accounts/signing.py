"""Signed links in emails that act for a reader without a sign-in."""

from django.core import signing

_REPLY_EMAILS_SALT = "newsroom.accounts.reply-emails-off"


def reply_emails_off_token(user) -> str:
    # No expiry: the link in a years-old email should still turn the emails off.
    return signing.dumps(user.pk, salt=_REPLY_EMAILS_SALT, compress=True)


def user_id_from_reply_emails_off_token(token: str) -> int | None:
    try:
        value = signing.loads(token, salt=_REPLY_EMAILS_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
