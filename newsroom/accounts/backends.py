"""Signing in, as allauth does it, with the signed-in reader's profile fetched along."""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model


class AccountBackend(AuthenticationBackend):
    """allauth's backend (sign-in by email address). The reader of each request is
    loaded with their profile in one query: nearly every signed-in request asks for it
    (their public name, whether their address is confirmed, whether they are banned)."""

    def get_user(self, user_id):
        users = get_user_model()._default_manager.select_related("profile")
        user = users.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
