"""Newsletter subscribers, each edition's digest schedule, digests and their deliveries."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from newsroom.articles.models import ArticlePage

LANGUAGE_CHOICES = settings.LANGUAGES


class SubscriberQuerySet(models.QuerySet):
    def receiving(self, language: str) -> "SubscriberQuerySet":
        """Who gets this edition's digest: confirmed and not unsubscribed since."""
        return self.filter(language=language, status=Subscriber.Status.SUBSCRIBED)

    def with_address(self, email: str) -> "SubscriberQuerySet":
        return self.filter(email=normalise_email(email))


def normalise_email(email: str) -> str:
    # One row per mailbox: addresses differing only in case are the same reader in practice.
    return (email or "").strip().lower()


class Subscriber(models.Model):
    """An address that confirmed a signup to one edition's newsletter (double opt-in:
    nothing is stored before the confirmation link is followed)."""

    class Status(models.TextChoices):
        SUBSCRIBED = "subscribed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Address bounced")
        COMPLAINED = "complained", _("Marked as spam")

    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(_("edition"), max_length=8, choices=LANGUAGE_CHOICES)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SUBSCRIBED
    )
    confirmed_at = models.DateTimeField(_("confirmed"), default=timezone.now)
    changed_at = models.DateTimeField(_("last change"), default=timezone.now)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter subscriber")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "language"], name="one_subscription_per_edition"
            )
        ]
        indexes = [models.Index(fields=["language", "status"], name="subscriber_edition_status")]

    def __str__(self) -> str:
        return f"{self.email} ({self.language})"


def validate_time_zone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("%(zone)s is not a time zone name such as Europe/Berlin."), params={"zone": value}
        ) from None


class Schedule(models.Model):
    """When an edition's digest goes out: chosen weekdays at one time in a time zone."""

    DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

    language = models.CharField(_("edition"), max_length=8, choices=LANGUAGE_CHOICES, unique=True)
    active = models.BooleanField(_("draft digests on this schedule"), default=True)
    monday = models.BooleanField(_("Monday"), default=True)
    tuesday = models.BooleanField(_("Tuesday"), default=False)
    wednesday = models.BooleanField(_("Wednesday"), default=True)
    thursday = models.BooleanField(_("Thursday"), default=False)
    friday = models.BooleanField(_("Friday"), default=True)
    saturday = models.BooleanField(_("Saturday"), default=False)
    sunday = models.BooleanField(_("Sunday"), default=False)
    send_time = models.TimeField(_("send time"), default="07:00")
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("The edition's time zone, e.g. Europe/Berlin."),
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("active"),
        FieldRowPanel([FieldPanel(day) for day in DAYS], heading=_("Days")),
        FieldRowPanel([FieldPanel("send_time"), FieldPanel("time_zone")]),
    ]

    class Meta:
        verbose_name = _("digest schedule")

    def __str__(self) -> str:
        return f"{self.get_language_display()} {self.send_time:%H:%M} {self.time_zone}"

    def next_slot(self, after: datetime) -> datetime | None:
        """The first send time strictly after `after` (None when no day is chosen)."""
        zone = ZoneInfo(self.time_zone)
        local = after.astimezone(zone)
        send_time = self.send_time
        if isinstance(send_time, str):  # an unsaved default
            send_time = datetime.strptime(send_time, "%H:%M").time()  # noqa: DTZ007 - a time of day
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            if not getattr(self, self.DAYS[day.weekday()]):
                continue
            slot = datetime.combine(day, send_time, tzinfo=zone)
            if slot > after:
                return slot
        return None


class DigestQuerySet(models.QuerySet):
    def due(self, now: datetime) -> "DigestQuerySet":
        """Drafts whose send time has come."""
        return self.filter(status=Digest.Status.DRAFT, send_at__lte=now)

    def sending(self) -> "DigestQuerySet":
        return self.filter(status=Digest.Status.SENDING)


class Digest(ClusterableModel):
    """One issue of an edition's newsletter: an intro and an ordered list of stories."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    language = models.CharField(_("edition"), max_length=8, choices=LANGUAGE_CHOICES)
    subject = models.CharField(_("subject"), max_length=200)
    intro = models.TextField(_("intro"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    send_at = models.DateTimeField(
        _("send at"),
        null=True,
        blank=True,
        help_text=_("Goes out by itself at this time; empty waits for “Send now”."),
    )
    # The schedule slot that drafted it, so that a slot is drafted once however often
    # the clock runs.
    scheduled_for = models.DateTimeField(null=True, blank=True, editable=False)
    stories_since = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True, editable=False)
    # A worker's sign of life while sending; the clock restarts a digest whose workers died.
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Set once every delivery row is made (they are made in short chunks, so that
    # starting a big list never holds the write lock for long); until then the workers
    # send what is there but do not call the digest sent.
    queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Part of every Message-ID of this digest, so that IDs cannot be guessed or collide.
    message_key = models.CharField(max_length=32, editable=False, default="")

    objects = DigestQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("subject"), FieldPanel("send_at")],
            heading=_("Issue"),
        ),
        FieldPanel("intro"),
        InlinePanel("items", heading=_("Stories"), label=_("Story")),
    ]

    class Meta:
        verbose_name = _("newsletter digest")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "scheduled_for"],
                condition=Q(scheduled_for__isnull=False),
                name="one_digest_per_slot",
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} ({self.language})"

    def save(self, *args, **kwargs):
        if not self.message_key:
            self.message_key = secrets.token_hex(8)
        super().save(*args, **kwargs)

    def message_id(self, subscriber_id: int) -> str:
        return f"<digest.{self.pk}.{subscriber_id}.{self.message_key}@{_domain()}>"

    def stories(self) -> list[ArticlePage]:
        items = self.items.select_related("article").order_by("sort_order")
        return [item.article for item in items if item.article and item.article.live]

    @admin.display(description=_("Progress"))
    def progress_summary(self) -> str:
        return "—" if self.status == Digest.Status.DRAFT else str(self.progress())

    def progress(self) -> "Progress":
        counts = dict(
            self.deliveries.values_list("state").annotate(n=Count("pk")).values_list("state", "n")
        )
        return Progress(
            sent=counts.get(Delivery.State.SENT, 0),
            failed=counts.get(Delivery.State.FAILED, 0),
            skipped=counts.get(Delivery.State.SKIPPED, 0),
            remaining=counts.get(Delivery.State.QUEUED, 0),
        )


def _domain() -> str:
    from urllib.parse import urlsplit

    return urlsplit(settings.SITE_URL).hostname or "localhost"


@dataclass(frozen=True)
class Progress:
    """Where a digest's sending stands: counts of its deliveries by state."""

    sent: int
    failed: int
    skipped: int
    remaining: int

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.skipped

    @property
    def total(self) -> int:
        return self.done + self.remaining

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)

    def __str__(self) -> str:
        return (
            f"{self.sent} sent, {self.failed} failed, {self.skipped} skipped,"
            f" {self.remaining} remaining"
        )


class DigestItem(Orderable):
    digest = ParentalKey(Digest, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("story"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    def __str__(self) -> str:
        return f"{self.sort_order}: {self.article_id}"


class DeliveryQuerySet(models.QuerySet):
    def claimable(self, now: datetime) -> "DeliveryQuerySet":
        """Unsent rows no worker holds: never claimed, released, or their lease ran out."""
        return self.filter(state=Delivery.State.QUEUED).filter(
            Q(lease_until__isnull=True) | Q(lease_until__lte=now)
        )

    def held_by(self, worker: str) -> "DeliveryQuerySet":
        return self.filter(state=Delivery.State.QUEUED, lease_owner=worker)


class Delivery(models.Model):
    """One digest to one subscriber. Its Message-ID is not stored: it follows from the
    digest's key and the subscriber, so a retry after a crash carries the same ID as the
    attempt it repeats (and a million rows carry no million-entry unique index)."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped: unsubscribed before sending")

    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(max_length=254)
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    # A claim: the worker holding the row and until when. A released row after a
    # temporary failure has no owner but a lease_until, which then means "not before".
    lease_owner = models.CharField(max_length=32, blank=True, default="")
    lease_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True, default="")

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["digest", "subscriber"], name="one_delivery_each")
        ]
        indexes = [
            models.Index(fields=["digest", "state", "lease_until"], name="delivery_claimable"),
            models.Index(fields=["lease_owner"], name="delivery_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.digest_id} → {self.email}: {self.state}"

    @property
    def message_id(self) -> str:
        return self.digest.message_id(self.subscriber_id)
