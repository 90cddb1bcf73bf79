"""A reader's public name and preferences, beside Django's user."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DISPLAY_NAME_MAX_LENGTH = 50

# Characters that turn the direction of the text around them: embeddings and overrides
# (U+202A–U+202E), isolates (U+2066–U+2069) and the invisible marks (U+200E, U+200F,
# U+061C). In a name they make the words beside it — "replied to your comment", a
# moderator's note — read backwards or out of order, to impersonate or mislead. Names
# in Arabic or mixed scripts need none of them: the page isolates each name itself.
DIRECTION_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def validate_no_direction_controls(value: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in value if c in DIRECTION_CONTROLS})
    if found:
        raise ValidationError(
            _("Please remove the invisible text-direction characters (%(found)s) from your name."),
            code="direction_controls",
            params={"found": ", ".join(found)},
        )


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        validators=[validate_no_direction_controls],
    )
    notify_on_reply = models.BooleanField(
        _("email me when someone replies to my comments"), default=True
    )
    notify_on_moderation = models.BooleanField(
        _("email me when a moderator approves or rejects a comment of mine"), default=False
    )
    # Set when allauth confirms an address, so commenting needs no extra query to know.
    email_verified = models.BooleanField(default=False)
    # Standing, set by moderators (newsroom.moderation); read on every write, from the
    # profile that is fetched anyway, so refusing a banned reader costs no query.
    banned_at = models.DateTimeField(null=True, blank=True)
    ban_reason = models.CharField(max_length=300, blank=True)
    suspended_until = models.DateTimeField(null=True, blank=True)
    suspension_message = models.CharField(max_length=300, blank=True)
    premoderated = models.BooleanField(_("hold every comment for a moderator"), default=False)
    # Moderators, editors and reporters: their comments carry a "Staff" badge.
    is_staff_member = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.display_name

    def is_suspended(self, now=None) -> bool:
        return self.suspended_until is not None and (now or timezone.now()) < self.suspended_until

    def is_banned(self) -> bool:
        return self.banned_at is not None

    @staticmethod
    def default_name_for(user) -> str:
        name = user.get_full_name() or user.email.split("@")[0] or user.get_username()
        name = "".join(c for c in name if c not in DIRECTION_CONTROLS).strip()
        return name[:DISPLAY_NAME_MAX_LENGTH] or "reader"


class FailedSignInQuerySet(models.QuerySet):
    def recent(self, seconds: int, now=None) -> "FailedSignInQuerySet":
        return self.filter(at__gte=(now or timezone.now()) - timedelta(seconds=seconds))

    def refused(self) -> "FailedSignInQuerySet":
        """Attempts turned away by the lockout, before the password was even checked."""
        return self.filter(locked_out=True)


class FailedSignIn(models.Model):
    """A sign-in that failed, kept 30 days so that staff can see who is being locked out
    (allauth's throttle itself counts in the shared cache and shows nobody)."""

    # An EmailField (not validated on save: whatever was typed is kept) so that the
    # data-download walk sees an address here and asks where it belongs.
    email = models.EmailField(_("address tried"), max_length=254, db_index=True)
    address = models.CharField(_("network address"), max_length=64, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    locked_out = models.BooleanField(
        _("locked out"),
        default=False,
        help_text=_("Refused by the lockout (too many failures), password not checked."),
    )
    lifted_at = models.DateTimeField(_("lockout lifted"), null=True, blank=True)

    objects = FailedSignInQuerySet.as_manager()

    class Meta:
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.email} {self.at:%Y-%m-%d %H:%M}"
