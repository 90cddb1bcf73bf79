"""A reader's account, profile and email addresses, for their data download."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import User


def _when(moment) -> str | None:
    return moment.isoformat() if moment else None


def reader_account(user: User) -> tuple[str, dict]:
    profile = user.profile
    return "account", {
        "email": user.email,
        "display_name": profile.display_name,
        "joined": user.date_joined.isoformat(),
        "last_sign_in": _when(user.last_login),
        "email_verified": profile.email_verified,
        "notify_on_reply": profile.notify_on_reply,
        "notify_on_moderation": profile.notify_on_moderation,
        "email_addresses": [
            {"email": email, "verified": verified, "primary": primary}
            for email, verified, primary in EmailAddress.objects.filter(user=user)
            .order_by("pk")
            .values_list("email", "verified", "primary")
        ],
        "standing": {
            "banned": _when(profile.banned_at),
            "ban_reason": profile.ban_reason,
            "suspended_until": _when(profile.suspended_until),
            "suspension_message": profile.suspension_message,
            "every_comment_checked_first": profile.premoderated,
            "staff": profile.is_staff_member,
        },
    }
