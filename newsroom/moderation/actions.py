"""Every moderation write: recording screening and reports, moderators' decisions on
comments, and standing changes for readers. Each writes its audit entry in the same
transaction; side effects (emails to authors) run after it commits."""

from datetime import timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsroom.comments.actions import do_change_status, do_feature
from newsroom.comments.models import Comment, Report
from newsroom.moderation.models import AuditEntry, ModerationSettings, Notice, Review
from newsroom.moderation.pipeline import ScreeningRecord

Action = AuditEntry.Action


class ModerationRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class RejectReason:
    """Why a moderator rejects; the label is what the author is told."""

    CHOICES = [
        ("spam", _("spam")),
        ("harassment", _("harassment of another person")),
        ("hate", _("hate against a group")),
        ("threat", _("threats")),
        ("abuse", _("abusive language")),
        ("off_topic", _("off-topic")),
        ("other", _("it breaks our commenting policy")),
    ]
    LABELS = dict(CHOICES)


# --- priority ---------------------------------------------------------------------------


def recent_rejections(author_id: int | None, days: int = 30) -> int:
    if author_id is None:
        return 0
    since = timezone.now() - timedelta(days=days)
    return Comment.objects.filter(
        author_id=author_id, status=Comment.Status.REJECTED, created_at__gte=since
    ).count()


def prioritise(review: Review, author_rejections: int) -> None:
    """Score how urgently a moderator should look, and keep the reasons: reports weigh
    most, then the toxicity score, listed words, the checks that held it, and the
    author's recent record."""
    parts = []
    if review.open_reports:
        parts.append(
            {"what": "reports", "count": review.open_reports, "points": 3.0 * review.open_reports}
        )
    if review.toxicity is not None and review.toxicity >= 0.1:
        parts.append(
            {
                "what": "toxicity",
                "count": round(review.toxicity, 2),
                "points": round(5 * review.toxicity, 1),
            }
        )
    if review.matched_words:
        count = len(review.matched_words)
        parts.append({"what": "words", "count": count, "points": 1.5 * count})
    for check in review.held_by_checks:
        if check not in ("toxicity", "words"):
            parts.append({"what": "held_by", "count": check, "points": 1.0})
    if author_rejections:
        parts.append(
            {
                "what": "record",
                "count": author_rejections,
                "points": float(min(author_rejections, 5)),
            }
        )
    review.priority_parts = parts
    review.priority = round(sum(part["points"] for part in parts), 2)


# --- automatic ------------------------------------------------------------------------


def record_screening(comment: Comment, record: ScreeningRecord, *, is_edit: bool) -> Review:
    """Keep the screening of a saved comment, and its audit entry."""
    review, _created = Review.objects.get_or_create(comment=comment)
    review.checks = [result.as_record() for result in record.results]
    review.outcome = record.outcome
    review.held_by = f",{','.join(record.held_by)}," if record.held_by else ""
    review.matched_words = record.matched_words
    review.toxicity = record.toxicity
    review.flagged = record.flagged
    if record.outcome != "approve" or is_edit:
        # Held or rejected again: any earlier decision no longer stands.
        review.decision, review.decided_at, review.decided_by = "", None, None
        review.queued_at = timezone.now()
    rejections = (
        recent_rejections(comment.author_id) if record.outcome != "approve" or record.flagged else 0
    )
    prioritise(review, rejections)
    review.save()
    action = {"approve": Action.APPROVED, "hold": Action.HELD, "reject": Action.REJECTED}
    AuditEntry.objects.create(
        automatic=record.deciding_check or "pipeline",
        action=action[record.outcome],
        comment=comment,
        reader_id=comment.author_id,
        reason=comment.status_reason or ("edited" if is_edit else "new comment"),
        details={"checks": review.checks, "edit": is_edit},
    )
    return review


def record_report(report: Report) -> None:
    """Count a reader's report; enough of them hold a published comment."""
    comment = report.comment
    review, _created = Review.objects.get_or_create(
        comment=comment, defaults={"outcome": "approve"}
    )
    Review.objects.filter(pk=review.pk).update(
        report_count=F("report_count") + 1, open_reports=F("open_reports") + 1
    )
    review.refresh_from_db()
    AuditEntry.objects.create(
        actor_id=report.reporter_id,
        action=Action.REPORTED,
        comment=comment,
        reader_id=comment.author_id,
        reason=report.get_reason_display(),
        details={"reason": report.reason, "text": report.text},
    )
    threshold = ModerationSettings.current().reports_to_hold
    if (
        threshold
        and review.open_reports >= threshold
        and comment.status == Comment.Status.PUBLISHED
    ):
        with translation.override(_edition_language(comment)):
            reason = _("A moderator will read it first: several readers reported it.")
        do_change_status(comment, Comment.Status.PENDING, reason)
        review.decision, review.decided_at, review.decided_by = "", None, None
        review.queued_at = timezone.now()
        AuditEntry.objects.create(
            automatic="reports",
            action=Action.HELD,
            comment=comment,
            reader_id=comment.author_id,
            reason=f"{review.open_reports} open reports (threshold {threshold})",
        )
    prioritise(review, recent_rejections(comment.author_id))
    # Not the counters: a concurrent report may have moved them since they were read.
    review.save(
        update_fields=[
            "priority", "priority_parts", "decision", "decided_at", "decided_by", "queued_at"
        ]
    )  # fmt: skip


# --- moderators' decisions on comments --------------------------------------------------


def _edition_language(comment: Comment) -> str:
    return comment.article.locale.language_code


def _decide(comment: Comment, moderator, decision: str, was: str, **audit) -> Review:
    """Record a moderator's decision on the review, and its audit entry."""
    review, _created = Review.objects.get_or_create(
        comment=comment, defaults={"outcome": "approve"}
    )
    review.decision, review.decided_at, review.decided_by = decision, timezone.now(), moderator
    review.open_reports, review.flagged = 0, False
    prioritise(review, 0)
    review.save()
    AuditEntry.objects.create(
        actor=moderator,
        action=Action.APPROVED if decision == Review.APPROVED else Action.REJECTED,
        comment=comment,
        reader_id=comment.author_id,
        reason=audit.pop("reason", "")[:500],
        details={"was": was, **audit},
    )
    return review


def _notify_author(comment: Comment, decision: str, reason: str) -> None:
    if comment.author_id is None:
        return
    notice = Notice.objects.create(
        reader_id=comment.author_id,
        comment=comment,
        decision=decision,
        reason=reason,
        excerpt=comment.body[:200],
        article_title=comment.article.title[:255],
        article_url=comment.article.url or "",
    )
    from newsroom.moderation.tasks import email_decision

    transaction.on_commit(lambda: email_decision.enqueue(notice.pk))


def do_approve(comment: Comment, moderator) -> None:
    with transaction.atomic():
        was = comment.status
        do_change_status(comment, Comment.Status.PUBLISHED, "")
        _decide(comment, moderator, Review.APPROVED, was)
        if was != Comment.Status.PUBLISHED:
            _notify_author(comment, Review.APPROVED, "")


def do_reject(comment: Comment, moderator, reason_code: str, note: str = "") -> None:
    if reason_code not in RejectReason.LABELS:
        raise ModerationRefused(_("Choose a reason for rejecting it."))
    with transaction.atomic(), translation.override(_edition_language(comment)):
        why = str(RejectReason.LABELS[reason_code])
        told = _("Removed by a moderator: %(why)s.") % {"why": why}
        if note.strip():
            told = f"{told} {note.strip()}"
        was = comment.status
        do_change_status(comment, Comment.Status.REJECTED, told)
        _decide(comment, moderator, Review.REJECTED, was, reason=told, code=reason_code)
        _notify_author(comment, Review.REJECTED, told)


def do_feature_comment(comment: Comment, moderator, featured: bool) -> None:
    if featured and (comment.status != Comment.Status.PUBLISHED or comment.is_deleted):
        raise ModerationRefused(_("Only a published comment can be featured; approve it first."))
    with transaction.atomic():
        do_feature(comment, featured)
        AuditEntry.objects.create(
            actor=moderator,
            action=Action.FEATURED if featured else Action.UNFEATURED,
            comment=comment,
            reader_id=comment.author_id,
        )


# --- readers' standing ------------------------------------------------------------------


def _standing_entry(moderator, reader, action, reason="", **details) -> None:
    AuditEntry.objects.create(
        actor=moderator, action=action, reader=reader, reason=reason[:500], details=details
    )


def do_ban(reader, moderator, reason: str) -> int:
    """Ban for good; the reader's comments still waiting are rejected. Returns how many."""
    if reader.pk == moderator.pk or reader.is_staff:
        raise ModerationRefused(_("Staff accounts cannot be banned here."))
    if not reason.strip():
        raise ModerationRefused(_("Say why: the reader is told."))
    with transaction.atomic():
        profile = reader.profile
        profile.banned_at, profile.ban_reason = timezone.now(), reason.strip()[:300]
        profile.save(update_fields=["banned_at", "ban_reason"])
        _standing_entry(moderator, reader, Action.BANNED, reason)
        waiting = list(
            Comment.objects.filter(author=reader, status=Comment.Status.PENDING).select_related(
                "article__locale"
            )
        )
        for comment in waiting:
            do_reject(comment, moderator, "other", "")
    return len(waiting)


def do_lift_ban(reader, moderator) -> None:
    with transaction.atomic():
        reader.profile.banned_at, reader.profile.ban_reason = None, ""
        reader.profile.save(update_fields=["banned_at", "ban_reason"])
        _standing_entry(moderator, reader, Action.UNBANNED)


def do_suspend(reader, moderator, until, message: str) -> None:
    if reader.pk == moderator.pk or reader.is_staff:
        raise ModerationRefused(_("Staff accounts cannot be suspended here."))
    if until <= timezone.now():
        raise ModerationRefused(_("A suspension ends in the future."))
    with transaction.atomic():
        profile = reader.profile
        profile.suspended_until, profile.suspension_message = until, message.strip()[:300]
        profile.save(update_fields=["suspended_until", "suspension_message"])
        _standing_entry(moderator, reader, Action.SUSPENDED, message, until=until.isoformat())


def do_lift_suspension(reader, moderator) -> None:
    with transaction.atomic():
        reader.profile.suspended_until, reader.profile.suspension_message = None, ""
        reader.profile.save(update_fields=["suspended_until", "suspension_message"])
        _standing_entry(moderator, reader, Action.UNSUSPENDED)


def do_set_premoderation(reader, moderator, on: bool) -> None:
    with transaction.atomic():
        reader.profile.premoderated = on
        reader.profile.save(update_fields=["premoderated"])
        _standing_entry(moderator, reader, Action.PREMODERATED if on else Action.UNPREMODERATED)
