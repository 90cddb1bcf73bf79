"""Moderation's records: word lists and thresholds staff edit, each comment's screening
and review, the audit log, and notices to authors about decisions on their comments."""

import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from newsroom.comments.models import Comment
from newsroom.moderation import webhook_addresses


class WordAction(models.TextChoices):
    BLOCK = "block", _("Block: reject the comment")
    HOLD = "hold", _("Hold for a moderator")
    FLAG = "flag", _("Publish, but flag for review")
    MASK = "mask", _("Publish with the word masked (****)")


class ListLanguage(models.TextChoices):
    ALL = "", _("All languages")
    EN = "en", "English"
    AR = "ar", "العربية"
    ES = "es", "Español"
    RU = "ru", "Русский"
    DE = "de", "Deutsch"
    FR = "fr", "Français"
    SR = "sr", "Српски / Srpski"


class WordListEntry(models.Model):
    """A word or phrase and what to do with a comment in its language that contains it.
    Matching is on whole words, folding case, accents, l33t, look-alike letters, spaced
    and repeated letters (moderation/folding.py); `*` at the end matches any ending
    ("idiot*"). Serbian entries match in either script."""

    phrase = models.CharField(_("word or phrase"), max_length=100)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=ListLanguage.choices,
        blank=True,
        default=ListLanguage.ALL,
        help_text=_("The comments it applies to: those screened in this language, or all."),
    )
    action = models.CharField(_("action"), max_length=5, choices=WordAction.choices)
    note = models.CharField(_("note for moderators"), max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["language", "phrase"]
        constraints = [
            models.UniqueConstraint(fields=["phrase", "language"], name="word_once_a_language")
        ]
        verbose_name = _("word list entry")
        verbose_name_plural = _("word list")

    def __str__(self) -> str:
        where = self.language or "all"
        return f"{self.phrase} [{where}] ({self.get_action_display()})"

    def clean(self):
        self.phrase = " ".join(self.phrase.lower().split())
        if not self.phrase.strip("*"):
            raise ValidationError({"phrase": _("Enter a word or phrase.")})


RULES_MEMO_SECONDS = 10.0
_rules_memo: list = [0.0, None]


@register_setting(icon="warning")
class ModerationSettings(BaseGenericSetting):
    """The thresholds of the screening pipeline, editable by staff in the admin
    (Settings → Moderation). The toxicity threshold suits our own model (NewsroomScorer):
    chosen on the tuning half of bench/data/labelled_comments.jsonl by bench/moderation.py,
    as the lowest that publishes every acceptable comment of the tuning half."""

    toxicity_hold = models.FloatField(
        _("likely toxic at or above"),
        default=0.9,
        help_text=_(
            "0 to 1. The author of a new comment scoring this much is warned once and may "
            "rephrase; posted anyway (or edited to it), the comment waits for a moderator."
        ),
    )
    toxicity_reject = models.FloatField(
        _("reject above this toxicity"),
        default=1.0,
        help_text=_("0 to 1; 1 never rejects on the score alone."),
    )
    max_links = models.PositiveSmallIntegerField(_("hold comments with more links than"), default=2)
    shouting_ratio = models.FloatField(
        _("hold when this share of letters is capitals"),
        default=0.6,
        help_text=_("Only comments with at least 20 letters are measured."),
    )
    new_reader_approvals = models.PositiveSmallIntegerField(
        _("hold a reader's comments until this many are published"),
        default=1,
        help_text=_("0 trusts new readers at once."),
    )
    new_account_link_days = models.PositiveSmallIntegerField(
        _("hold links from accounts younger than this many days"),
        default=7,
        help_text=_("Only until the reader has three comments published; 0 turns it off."),
    )
    rejection_rate = models.FloatField(
        _("hold readers whose recent rejection rate is at least"), default=0.5
    )
    rejection_window_days = models.PositiveSmallIntegerField(_("over this many days"), default=30)
    rejection_min_decided = models.PositiveSmallIntegerField(
        _("counting only readers with at least this many decided comments"), default=3
    )
    reports_to_hold = models.PositiveSmallIntegerField(
        _("hold a published comment after this many reports"), default=3
    )

    class Meta:
        verbose_name = _("moderation")

    @classmethod
    def current(cls) -> "ModerationSettings":
        """The thresholds, re-read at most every few seconds: screening a comment then
        costs no query for them, and an edit in the admin applies within that time."""
        loaded_at, rules = _rules_memo
        if rules is None or time.monotonic() - loaded_at > RULES_MEMO_SECONDS:
            rules = cls.load()
            _rules_memo[:] = [time.monotonic(), rules]
        return rules

    @staticmethod
    def forget() -> None:
        _rules_memo[:] = [0.0, None]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.forget()


class Verdict(models.TextChoices):
    """What one check says of a comment, mildest first."""

    PASS = "pass", _("Pass")
    FLAG = "flag", _("Publish and flag for review")
    WARN = "warn", _("Warn the author before posting")
    HOLD = "hold", _("Hold for a moderator")
    REJECT = "reject", _("Reject")

    @property
    def severity(self) -> int:
        return list(Verdict).index(self)


class Outcome(models.TextChoices):
    """What happened to a comment: decided by screening, by reports or by a moderator."""

    APPROVED = "approved", _("Approved")
    HELD = "held", _("Held")
    REJECTED = "rejected", _("Rejected")


class RejectReason(models.TextChoices):
    """Why a moderator rejects; the label is what the author is told."""

    SPAM = "spam", _("spam")
    HARASSMENT = "harassment", _("harassment of another person")
    HATE = "hate", _("hate against a group")
    THREAT = "threat", _("threats")
    ABUSE = "abuse", _("abusive language")
    OFF_TOPIC = "off_topic", _("off-topic")
    OTHER = "other", _("it breaks our commenting policy")


# The questions the queue, the dashboard and the checks ask of comments, each answered
# by one condition on Comment (through its review): one place says what "reported" means.
def awaiting_moderation() -> Q:
    return Q(status=Comment.Status.PENDING, deleted_at=None)


def reported() -> Q:
    """Published comments with reports (or flags) no moderator has answered yet."""
    return (Q(review__open_reports__gt=0) | Q(review__flagged=True)) & Q(
        status=Comment.Status.PUBLISHED, deleted_at=None, review__decided_at=None
    )


def rejected() -> Q:
    return Q(status=Comment.Status.REJECTED)


def approved_by_moderator() -> Q:
    return Q(status=Comment.Status.PUBLISHED, review__decision=Outcome.APPROVED)


@dataclass(frozen=True)
class AuthorRecord:
    """An author's comments by status, ever and within the recent window: what the
    trust checks, the queue's priority and the moderator's view of a reader all read."""

    total: int = 0
    published: int = 0
    pending: int = 0
    rejected: int = 0
    recent_published: int = 0
    recent_rejected: int = 0

    @property
    def recent_decided(self) -> int:
        return self.recent_published + self.recent_rejected

    @property
    def recent_rejection_rate(self) -> float:
        return self.recent_rejected / self.recent_decided if self.recent_decided else 0.0

    @classmethod
    def of_authors(
        cls, author_ids, *, window_days: int, excluding: int | None = None
    ) -> dict[int, "AuthorRecord"]:
        """The records of several authors in one query."""
        since = timezone.now() - timedelta(days=window_days)
        recent = Q(created_at__gte=since)
        published = Q(status=Comment.Status.PUBLISHED)
        refused = Q(status=Comment.Status.REJECTED)
        comments = Comment.objects.filter(author_id__in=list(author_ids))
        if excluding is not None:
            comments = comments.exclude(pk=excluding)
        rows = comments.values("author_id").annotate(
            total=Count("pk"),
            published=Count("pk", filter=published),
            pending=Count("pk", filter=Q(status=Comment.Status.PENDING)),
            rejected=Count("pk", filter=refused),
            recent_published=Count("pk", filter=recent & published),
            recent_rejected=Count("pk", filter=recent & refused),
        )
        return {row.pop("author_id"): cls(**row) for row in rows}

    @classmethod
    def of(cls, author_id: int | None, **kwargs) -> "AuthorRecord":
        if author_id is None:
            return cls()
        return cls.of_authors([author_id], **kwargs).get(author_id, cls())


class Review(models.Model):
    """Everything moderation knows about one comment: how screening went, the reports,
    the priority in the queue, and the moderator's decision."""

    comment = models.OneToOneField(
        Comment, on_delete=models.CASCADE, primary_key=True, related_name="review"
    )
    # The screening: [{"check", "verdict", "score", "reason", "ms"}, ...] in pipeline order.
    checks = models.JSONField(default=list)
    # What screening decided (or "approved" for a comment first met through a report).
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    # The checks that held or rejected it, as ",links,toxicity," so that filtering by
    # one is a plain substring match on every database.
    held_by = models.CharField(max_length=200, blank=True)
    matched_words = models.JSONField(default=list)
    toxicity = models.FloatField(null=True, blank=True)
    flagged = models.BooleanField(default=False)
    report_count = models.PositiveIntegerField(default=0)
    open_reports = models.PositiveIntegerField(default=0)  # since the last decision
    priority = models.FloatField(default=0)
    priority_parts = models.JSONField(default=list)  # [[label, points], ...]
    queued_at = models.DateTimeField(default=timezone.now)
    # A moderator's decision (approved or rejected); empty while none stands.
    decision = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    # Held because enough readers reported it: a decision an edit must not undo.
    held_by_reports = models.BooleanField(default=False)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        permissions = [("moderate_comments", "Can moderate readers' comments")]
        indexes = [
            models.Index(fields=["-priority", "queued_at"], name="review_priority"),
            models.Index(fields=["queued_at"], name="review_queued"),
            models.Index(
                fields=["-queued_at"], condition=Q(open_reports__gt=0), name="review_reported"
            ),
        ]

    def __str__(self) -> str:
        return f"Review of comment {self.comment_id}"

    @property
    def held_by_checks(self) -> list[str]:
        return [code for code in self.held_by.split(",") if code]

    @property
    def decided_by_people(self) -> bool:
        """A moderator rejected it, or readers' reports hold it: only a moderator may
        publish it again, never the author's edit."""
        return self.decision == Outcome.REJECTED or self.held_by_reports


class AuditQuerySet(models.QuerySet):
    """The log is append-only: bulk changes are refused as single ones are."""

    def update(self, **kwargs):
        raise ValidationError("Audit entries are never changed.")

    def delete(self):
        raise ValidationError("Audit entries are never deleted.")


class AuditEntry(models.Model):
    """One moderation event, by a person or by a check. Written once, never changed:
    `save` refuses updates and `delete` refuses, and the admin shows it read-only."""

    class Action(models.TextChoices):
        WARNED = "warned", _("Warned the author")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        HELD = "held", _("Held")
        REPORTED = "reported", _("Reported")
        FEATURED = "featured", _("Featured")
        UNFEATURED = "unfeatured", _("Unfeatured")
        BANNED = "banned", _("Banned")
        UNBANNED = "unbanned", _("Ban lifted")
        SUSPENDED = "suspended", _("Suspended")
        UNSUSPENDED = "unsuspended", _("Suspension lifted")
        PREMODERATED = "premoderated", _("Pre-moderation on")
        UNPREMODERATED = "unpremoderated", _("Pre-moderation off")

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # For an automatic decision: which check (or "pipeline", "reports") took it.
    automatic = models.CharField(max_length=40, blank=True)
    action = models.CharField(max_length=20, choices=Action.choices, db_index=True)
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=500, blank=True)
    details = models.JSONField(default=dict, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} by {self.who}"

    @property
    def who(self) -> str:
        if self.automatic:
            return f"check: {self.automatic}"
        return self.actor.get_username() if self.actor else "deleted user"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("Audit entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Audit entries are never deleted.")


class Notice(models.Model):
    """Told to an author on their account page: a moderator's decision on a held comment."""

    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_notices"
    )
    comment = models.ForeignKey(Comment, null=True, on_delete=models.SET_NULL, related_name="+")
    decision = models.CharField(max_length=10, choices=Outcome.choices)
    reason = models.CharField(max_length=500, blank=True)
    excerpt = models.CharField(max_length=200)
    article_title = models.CharField(max_length=255)
    article_url = models.CharField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["reader", "-created_at"], name="notice_by_reader")]

    def __str__(self) -> str:
        return f"{self.decision} notice for {self.reader_id}"


# --- webhooks (newsroom/moderation/webhooks.py) -----------------------------------------


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookEvent(models.TextChoices):
    HELD = "comment.held", _("A comment was held for a moderator")
    REPORTED = "comment.reported", _("A comment was reported")
    DECIDED = "comment.decided", _("A comment was approved or rejected")


class WebhookEndpoint(models.Model):
    """An address that is told of moderation events, signed with its own secret."""

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("http:// or https://"),
    )
    secret = models.CharField(
        _("secret"),
        max_length=200,
        default=new_webhook_secret,
        help_text=_("Signs every delivery (X-Newsroom-Signature); the receiver keeps a copy."),
    )
    events = models.JSONField(
        _("events"),
        default=list,
        blank=True,
        help_text=_("Which events to send: empty sends all of them."),
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self) -> str:
        return self.name

    def wants(self, event: str) -> bool:
        return not self.events or event in self.events

    def clean(self) -> None:
        super().clean()
        # Deliveries check again on their own connection; this tells staff at once.
        reason = webhook_addresses.check_url(self.url) if self.url else None
        if reason:
            raise ValidationError({"url": reason})


class WebhookDeliveryQuerySet(models.QuerySet):
    def due(self, now=None) -> "WebhookDeliveryQuerySet":
        """Waiting for an attempt whose time has come (or whose sender died mid-send)."""
        waiting = [
            WebhookDelivery.Status.PENDING,
            WebhookDelivery.Status.RETRYING,
            WebhookDelivery.Status.SENDING,
        ]
        return self.filter(status__in=waiting, next_attempt_at__lte=now or timezone.now())


class WebhookDelivery(models.Model):
    """One event for one endpoint, and how sending it went: the delivery log."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        RETRYING = "retrying", _("Waiting to retry")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=30, choices=WebhookEvent.choices, db_index=True)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # The next attempt's time; while sending, when the attempt counts as dead.
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint} ({self.status})"
