"""Every moderation write: screening a reader's new or edited comment and saving it,
reports, moderators' decisions on comments, and standing changes for readers. Each
writes its audit entry in the same transaction as the change it records; side effects
(emails to authors) run after it commits.

The comment views call `check_post_comment`, `check_edit_comment` and
`check_report_comment`: they screen, then call the comments app's own actions with the
status screening decided, and keep the Review and the audit entry — one transaction.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsroom.articles.models import ArticlePage
from newsroom.comments.actions import (
    check_body,
    do_change_status,
    do_edit_comment,
    do_feature,
    do_post_comment,
    do_report,
    new_comment,
    posted_before,
)
from newsroom.comments.errors import CommentNeedsRethink, CommentRefused
from newsroom.comments.models import Comment, Report
from newsroom.core.refusals import Refused
from newsroom.moderation.models import (
    AuditEntry,
    AuthorRecord,
    ModerationSettings,
    Notice,
    Outcome,
    RejectReason,
    Review,
)
from newsroom.moderation.pipeline import Screening, audit_warning, screen

Action = AuditEntry.Action
AUDITED_AS = {
    Outcome.APPROVED: Action.APPROVED,
    Outcome.HELD: Action.HELD,
    Outcome.REJECTED: Action.REJECTED,
}


class ModerationRefused(Refused):
    """A moderator's action that cannot be done as asked (answered 400)."""

    back = "/moderation/"


# --- priority ---------------------------------------------------------------------------


def _recent_rejections(author_id: int | None) -> int:
    window = ModerationSettings.current().rejection_window_days
    return AuthorRecord.of(author_id, window_days=window).recent_rejected


def prioritise(review: Review, author_rejections: int) -> None:
    """Score how urgently a moderator should look, and keep the reasons: reports weigh
    most, then the toxicity score, listed words, the checks that held it, and the
    author's recent record."""
    parts: list[dict] = []
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


# --- a reader's comment: screened, saved and recorded together ---------------------------


def _record_screening(
    comment: Comment, screening: Screening, *, is_edit: bool, is_new: bool = False
) -> Review:
    """Keep the screening of a saved comment on its review, and its audit entry."""
    existing = None if is_new else Review.objects.filter(comment=comment).first()
    review = existing or Review(comment=comment)
    review.checks = screening.records()
    review.outcome = screening.outcome
    held_by = screening.held_by
    review.held_by = f",{','.join(held_by)}," if held_by else ""
    review.matched_words = screening.matched_words
    review.toxicity = screening.toxicity
    review.flagged = screening.flagged
    if screening.outcome != Outcome.APPROVED or is_edit:
        # Held or rejected again: any earlier decision no longer stands.
        review.decision, review.decided_at, review.decided_by = "", None, None
        review.queued_at = timezone.now()
    needs_record = screening.outcome != Outcome.APPROVED or screening.flagged
    if not needs_record:
        rejections = 0
    elif screening.author_rejections is not None:
        rejections = screening.author_rejections
    else:
        rejections = _recent_rejections(comment.author_id)
    prioritise(review, rejections)
    review.save(force_insert=existing is None)
    AuditEntry.objects.create(
        automatic=screening.deciding_check or "pipeline",
        action=AUDITED_AS[screening.outcome],
        comment=comment,
        reader_id=comment.author_id,
        reason=comment.status_reason or ("edited" if is_edit else "new comment"),
        details={"checks": review.checks, "edit": is_edit},
    )
    return review


def check_post_comment(
    *,
    article: ArticlePage,
    author,
    body: str,
    parent: Comment | None = None,
    warned: bool = False,
    idempotency_key: str = "",
) -> Comment:
    """Screen a reader's new comment and save it with the status screening decided.

    Raises CommentNeedsRethink, saving nothing, when screening warns and the author has
    not been warned about this comment yet (`warned`). A retry with the idempotency key
    of a comment already saved returns that comment, screened once."""
    comment = new_comment(
        article=article, author=author, body=body, parent=parent, idempotency_key=idempotency_key
    )
    first = posted_before(author, comment.idempotency_key)
    if first is not None:
        return first
    screening = screen(comment, is_edit=False, warned=warned)
    if screening.warning:
        audit_warning(comment, screening)
        raise CommentNeedsRethink(screening.warning)
    try:
        with transaction.atomic():
            do_post_comment(
                comment,
                status=screening.status,
                reason=screening.reason,
                published_body=screening.published_body,
            )
            _record_screening(comment, screening, is_edit=False, is_new=True)
    except IntegrityError:
        # The same post, retried while the first was being saved: answer with that one.
        first = posted_before(author, comment.idempotency_key)
        if first is None:
            raise
        return first
    return comment


def check_edit_comment(comment: Comment, body: str) -> Comment:
    """Screen an edit and save it. An edit never lifts a decision people made — a
    moderator's rejection or a hold by readers' reports: such a comment cannot be
    edited. Otherwise it is screened as a new comment would be, without the warning
    (the author has chosen their words once already)."""
    body = check_body(body)
    review = Review.objects.filter(comment=comment).first()
    if review is not None and review.decided_by_people:
        if review.decision == Outcome.REJECTED:
            message = _("A moderator removed this comment, so it can no longer be edited.")
        else:
            message = _("Readers reported this comment and a moderator will read it first.")
        raise CommentRefused(message)
    comment.body = body
    screening = screen(comment, is_edit=True, warned=True)
    with transaction.atomic():
        do_edit_comment(
            comment,
            status=screening.status,
            reason=screening.reason,
            published_body=screening.published_body,
        )
        _record_screening(comment, screening, is_edit=True)
    return comment


def check_report_comment(*, comment: Comment, reporter, reason: str, text: str = "") -> Report:
    """A reader's report, counted on the review; enough of them hold the comment."""
    with transaction.atomic():
        report = do_report(comment=comment, reporter=reporter, reason=reason, text=text)
        _record_report(report)
    return report


def _record_report(report: Report) -> None:
    comment = report.comment
    review, _created = Review.objects.get_or_create(
        comment=comment, defaults={"outcome": Outcome.APPROVED}
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
        review.held_by_reports = True
        review.queued_at = timezone.now()
        AuditEntry.objects.create(
            automatic="reports",
            action=Action.HELD,
            comment=comment,
            reader_id=comment.author_id,
            reason=f"{review.open_reports} open reports (threshold {threshold})",
        )
    prioritise(review, _recent_rejections(comment.author_id))
    # Not the counters: a concurrent report may have moved them since they were read.
    review.save(
        update_fields=[
            "priority", "priority_parts", "decision", "decided_at", "decided_by", "queued_at",
            "held_by_reports",
        ]
    )  # fmt: skip


# --- moderators' decisions on comments --------------------------------------------------


def _edition_language(comment: Comment) -> str:
    return comment.article.locale.language_code


def _decide(comment: Comment, moderator, decision: Outcome, was: str, **audit) -> Review:
    """Record a moderator's decision on the review, and its audit entry."""
    review, _created = Review.objects.get_or_create(
        comment=comment, defaults={"outcome": Outcome.APPROVED}
    )
    review.decision, review.decided_at, review.decided_by = decision, timezone.now(), moderator
    review.open_reports, review.flagged, review.held_by_reports = 0, False, False
    prioritise(review, 0)
    review.save()
    AuditEntry.objects.create(
        actor=moderator,
        action=AUDITED_AS[decision],
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
        _decide(comment, moderator, Outcome.APPROVED, was)
        if was != Comment.Status.PUBLISHED:
            _notify_author(comment, Outcome.APPROVED, "")


def do_reject(comment: Comment, moderator, reason_code: str, note: str = "") -> None:
    if reason_code not in RejectReason.values:
        raise ModerationRefused(_("Choose a reason for rejecting it."))
    with transaction.atomic(), translation.override(_edition_language(comment)):
        why = str(RejectReason(reason_code).label)
        told = _("Removed by a moderator: %(why)s.") % {"why": why}
        if note.strip():
            told = f"{told} {note.strip()}"
        was = comment.status
        do_change_status(comment, Comment.Status.REJECTED, told)
        _decide(comment, moderator, Outcome.REJECTED, was, reason=told, code=reason_code)
        _notify_author(comment, Outcome.REJECTED, told)


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
            do_reject(comment, moderator, RejectReason.OTHER, "")
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
