"""Deleting a reader's account, a write that reaches their comments and votes too."""

from django.contrib.auth import logout
from django.db import transaction


def do_delete_account(request, user) -> None:
    """Sign the reader out and delete the account. Their comments stay, shown as written
    by a deleted user (the comment's author becomes empty); their votes keep counting."""
    with transaction.atomic():
        logout(request)
        user.delete()
