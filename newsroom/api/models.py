"""Personal API tokens: how a reader's own apps (and the embedded comment section) act for
them through the JSON API, each token limited to the scopes the reader chose."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Tokens look like "nrt_<43 url-safe characters>"; the prefix tells a leaked one apart
# from other secrets (secret scanners key on it) and the first characters after it are
# kept in clear so the reader can tell their tokens apart on the account page.
TOKEN_PREFIX = "nrt_"  # noqa: S105 - a public marker, not a secret
SHOWN_CHARACTERS = 8


def digest_of(raw: str) -> str:
    """A token's SHA-256. A token is 256 random bits, so a fast hash is enough: there
    is no dictionary to try, unlike a password."""
    return hashlib.sha256(raw.encode()).hexdigest()


class Scope(models.TextChoices):
    READ = "read", _("Read: your own comments and notices")
    WRITE = "write", _("Write: post, reply, edit, delete, vote and report")
    MODERATE = "moderate", _("Moderate: the moderation queue and decisions")


class PersonalTokenQuerySet(models.QuerySet):
    def active(self):
        now = timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )

    def of_reader(self, user):
        return self.filter(user=user, revoked_at__isnull=True).order_by("-created_at")


class PersonalToken(models.Model):
    class Kind(models.TextChoices):
        PERSONAL = "personal", _("Personal token")
        # Made when a reader signs in to the comment section embedded on another site.
        EMBED = "embed", _("Embedded comments")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_tokens"
    )
    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PERSONAL)
    # Only the hash is kept: the token itself is shown once, when it is made.
    digest = models.CharField(max_length=64, unique=True)
    shown = models.CharField(max_length=SHOWN_CHARACTERS)
    scopes = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = PersonalTokenQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["user", "-created_at"], name="api_token_by_user")]

    def __str__(self) -> str:
        return f"{self.name} ({TOKEN_PREFIX}{self.shown}…)"

    def allows(self, scope: str) -> bool:
        return scope in self.scopes

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def has_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())

    def scope_labels(self) -> list[str]:
        return [str(Scope(scope).label).split(":")[0] for scope in self.scopes if scope in Scope]
