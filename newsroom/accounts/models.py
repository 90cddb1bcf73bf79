"""A reader's public name and preferences, beside Django's user."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

DISPLAY_NAME_MAX_LENGTH = 50


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(_("display name"), max_length=DISPLAY_NAME_MAX_LENGTH)
    notify_on_reply = models.BooleanField(
        _("email me when someone replies to my comments"), default=True
    )
    # Set when allauth confirms an address, so commenting needs no extra query to know.
    email_verified = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.display_name

    @staticmethod
    def default_name_for(user) -> str:
        name = (user.get_full_name() or user.email.split("@")[0] or user.get_username()).strip()
        return name[:DISPLAY_NAME_MAX_LENGTH] or "reader"
