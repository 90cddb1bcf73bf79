"""Writes that span a reader's account: their data export and deleting the account."""

from django.conf import settings
from django.contrib.auth import logout
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string


def export_reader_data(user) -> dict:
    """Everything we hold about a reader, as one JSON-ready dict.

    Apps that keep a reader's data add their part through ACCOUNT_DATA_EXPORTERS, so this
    app does not import them.
    """
    profile = user.profile
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "display_name": profile.display_name,
            "joined": user.date_joined.isoformat(),
            "last_sign_in": user.last_login.isoformat() if user.last_login else None,
            "email_verified": profile.email_verified,
            "notify_on_reply": profile.notify_on_reply,
        },
    }
    for dotted_path in settings.ACCOUNT_DATA_EXPORTERS:
        name, part = import_string(dotted_path)(user)
        data[name] = part
    return data


def do_delete_account(request, user) -> None:
    """Sign the reader out and delete the account. Their comments stay, shown as written
    by a deleted user (the comment's author becomes empty); their votes keep counting."""
    with transaction.atomic():
        logout(request)
        user.delete()
