"""Comments on articles, readers' votes and reports, and each article's counters."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.articles.models import ArticlePage


class Discussion(models.Model):
    """The counters of one article's thread, kept up to date by every write so that
    showing a count never counts rows."""

    article = models.OneToOneField(
        ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="discussion"
    )
    comment_count = models.PositiveIntegerField(default=0)
    last_comment_at = models.DateTimeField(null=True, blank=True)
    # Versions of what the thread shows, moved in the same transaction as every write:
    # `shape_version` by anything that changes which comments show or what a card says
    # (post, edit, delete, status, feature), `scores_version` by votes too. Cached thread
    # shapes and shared sections are keyed by them, so every web process sees a change
    # at once. They start at 1 (db_default, for the importer's plain SQL), so an article
    # without a row (version 0) never shares a key with one that has comments.
    shape_version = models.PositiveBigIntegerField(default=1, db_default=1)
    scores_version = models.PositiveBigIntegerField(default=1, db_default=1)

    def __str__(self) -> str:
        return f"{self.comment_count} comments on article {self.article_id}"


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Comment.Status.PUBLISHED)

    def visible_to(self, user):
        """What this reader may see: published comments, and their own in any state."""
        if user is not None and user.is_authenticated:
            return self.filter(Q(status=Comment.Status.PUBLISHED) | Q(author=user))
        return self.published()

    def top_level(self):
        return self.filter(parent__isnull=True)

    def counted(self):
        """Comments that count towards an article's comment count."""
        return self.published().filter(deleted_at__isnull=True)

    def featured(self):
        return self.counted().filter(featured_at__isnull=False).order_by("-featured_at")

    def for_display(self):
        return self.select_related("author__profile")


def text_digest(body: str) -> str:
    """The same for the same words, whatever their case and spacing."""
    folded = " ".join(body.casefold().split())
    return hashlib.blake2b(folded.encode(), digest_size=8).hexdigest() if folded else ""


class Comment(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        PENDING = "pending", _("Awaiting moderation")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    # The top-level comment of the thread (empty for a top-level comment itself).
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,  # a deleted account leaves its comments as "deleted user"
        related_name="comments",
    )
    body = models.TextField()
    # The body rendered from Markdown and sanitised once, at write time.
    body_html = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    status_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    # For a top-level comment: the time of the latest activity anywhere in its thread,
    # which the default "Recently updated" sort orders by.
    last_activity_at = models.DateTimeField(default=timezone.now)
    score = models.IntegerField(default=0)
    upvotes = models.PositiveIntegerField(default=0)
    downvotes = models.PositiveIntegerField(default=0)
    reply_count = models.PositiveIntegerField(default=0)  # direct replies, published
    # Set when a moderator features the comment: it is pinned on top of the thread.
    featured_at = models.DateTimeField(null=True, blank=True)
    # The client's key for this post (see CommentForm): a retry finds this comment.
    idempotency_key = models.CharField(max_length=64, blank=True, default="")
    # A short digest of the text as written (case and spacing folded), indexed: finding
    # the same text posted elsewhere is one index lookup, not a scan of every body.
    text_digest = models.CharField(max_length=16, blank=True, default="", db_default="")

    objects = CommentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["author", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="one_comment_per_post_key",
            )
        ]
        indexes = [
            # Not a partial index: SQLite would not see that "text_digest = x"
            # implies a condition like "text_digest <> ''", and would not use it.
            models.Index(fields=["text_digest", "created_at"], name="comment_same_text"),
            # One index per sort of the top-level list, each scanned from one end.
            models.Index(
                fields=["article", "-last_activity_at", "-id"],
                condition=Q(parent__isnull=True),
                name="comment_sort_updated",
            ),
            models.Index(
                fields=["article", "created_at", "id"],
                condition=Q(parent__isnull=True),
                name="comment_sort_created",
            ),
            models.Index(
                fields=["article", "-score", "-id"],
                condition=Q(parent__isnull=True),
                name="comment_sort_popular",
            ),
            # Replies are always listed oldest first under their parent.
            models.Index(fields=["parent", "created_at", "id"], name="comment_replies"),
            models.Index(fields=["author", "-created_at"], name="comment_by_author"),
            models.Index(
                fields=["article", "-featured_at"],
                condition=Q(featured_at__isnull=False),
                name="comment_featured",
            ),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk} on article {self.article_id}"

    @property
    def thread_root_id(self) -> int:
        return self.root_id or self.pk

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_edited(self) -> bool:
        return self.edited_at is not None

    @property
    def author_name(self) -> str:
        if self.author is None:
            return str(_("deleted user"))
        profile = getattr(self.author, "profile", None)
        return profile.display_name if profile else self.author.get_username()

    def editable_until(self):
        return self.created_at + timedelta(minutes=settings.COMMENTS_EDIT_MINUTES)

    @property
    def still_editable(self) -> bool:
        return not self.is_deleted and timezone.now() < self.editable_until()

    def can_be_edited_by(self, user, now=None) -> bool:
        return (
            user.is_authenticated
            and self.author_id == user.pk
            and not self.is_deleted
            and (now or timezone.now()) < self.editable_until()
        )

    def can_be_deleted_by(self, user) -> bool:
        return user.is_authenticated and self.author_id == user.pk and not self.is_deleted


class Vote(models.Model):
    class Value(models.IntegerChoices):
        UP = 1, _("Up")
        DOWN = -1, _("Down")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="votes")
    # A deleted account's votes stay (user empty) so that scores do not change.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    value = models.SmallIntegerField(choices=Value.choices)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.value:+d} on comment {self.comment_id}"

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "user"],
                condition=Q(user__isnull=False),
                name="one_vote_per_reader",
            )
        ]
        indexes = [models.Index(fields=["user", "comment"], name="vote_by_reader")]


class Report(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam")
        HARASSMENT = "harassment", _("Harassment or bullying")
        HATE = "hate", _("Hate speech")
        THREAT = "threat", _("Threats of violence")
        OFF_TOPIC = "off_topic", _("Off-topic")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    text = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.reason} report on comment {self.comment_id}"

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"],
                condition=Q(reporter__isnull=False),
                name="one_report_per_reader",
            )
        ]


class LiveEvent(models.Model):
    """Live-update events on the embedded default, where there is no Redis to publish
    through: listeners in any web process poll this table. Old rows are pruned."""

    article_id = models.BigIntegerField()
    payload = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.payload.get('type')} on article {self.article_id}"

    class Meta:
        indexes = [models.Index(fields=["article_id", "id"], name="liveevent_by_article")]
