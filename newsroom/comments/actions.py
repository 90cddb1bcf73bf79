"""Every write to comments: post, reply, edit, delete, vote and report.

`check_*` validates input; `do_*` changes state in one transaction and queues the side
effects (live events, reply emails) to run after it commits. Authorisation happens
before these are called, in access.py.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.comments import live, markdown
from newsroom.comments.errors import CommentNeedsRethink, CommentRefused
from newsroom.comments.models import Comment, Discussion, Report, Vote
from newsroom.comments.screening import Screening, screen
from newsroom.comments.signals import comment_reported, comment_screened


def check_body(text: str) -> str:
    body = (text or "").replace("\r\n", "\n").strip()
    if not body:
        raise CommentRefused(_("Your comment is empty."), status=400)
    if len(body) > settings.COMMENTS_MAX_LENGTH:
        raise CommentRefused(
            _("Your comment is %(length)d characters long; the limit is %(limit)d.")
            % {"length": len(body), "limit": settings.COMMENTS_MAX_LENGTH},
            status=400,
        )
    return body


def _count(comment: Comment, delta: int, now) -> None:
    """Move the article's, the parent's and the thread's counters by one published
    comment, atomically (F expressions), so concurrent writers never lose a count.
    A deleted comment left the article's count when it was deleted."""
    if not comment.is_deleted:
        Discussion.objects.get_or_create(article_id=comment.article_id)
        Discussion.objects.filter(pk=comment.article_id).update(
            comment_count=F("comment_count") + delta,
            **({"last_comment_at": now} if delta > 0 else {}),
        )
    if comment.parent_id:
        Comment.objects.filter(pk=comment.parent_id).update(reply_count=F("reply_count") + delta)
    if delta > 0:
        Comment.objects.filter(pk=comment.thread_root_id).update(
            last_activity_at=Greatest(F("last_activity_at"), now)
        )


def _announce(comment: Comment, kind: str) -> None:
    event = {
        "type": kind,
        "id": comment.pk,
        "parent": comment.parent_id,
        "author": comment.author_id,
    }
    transaction.on_commit(lambda: live.publish(comment.article_id, event))


def _apply(comment: Comment, screening: Screening) -> None:
    comment.status, comment.status_reason = screening.status, screening.reason[:300]
    if screening.body is not None and screening.body != comment.body:
        comment.body, comment.body_html = screening.body, markdown.render(screening.body)


def _queue_reply_email(comment: Comment) -> None:
    if comment.parent_id is not None:
        from newsroom.comments.tasks import notify_reply

        transaction.on_commit(lambda: notify_reply.enqueue(comment.pk))


def do_post_comment(
    *, article, author, body: str, parent: Comment | None = None, warned: bool = False
) -> Comment:
    """Screen and save a new comment. Raises CommentNeedsRethink, saving nothing, when
    screening warns and the author has not been warned yet (`warned`)."""
    body = check_body(body)
    now = timezone.now()
    comment = Comment(
        article=article,
        parent=parent,
        root_id=(parent.thread_root_id if parent else None),
        depth=(parent.depth + 1 if parent else 0),
        author=author,
        body=body,
        body_html=markdown.render(body),
        created_at=now,
        last_activity_at=now,
    )
    screening = screen(comment, is_edit=False, warned=warned)
    if screening.warning and not warned:
        raise CommentNeedsRethink(screening.warning)
    _apply(comment, screening)
    with transaction.atomic():
        comment.save()
        comment_screened.send(Comment, comment=comment, screening=screening, is_edit=False)
        if comment.status == Comment.Status.PUBLISHED:
            _count(comment, +1, now)
            _announce(comment, "comment")
            _queue_reply_email(comment)
    return comment


def do_edit_comment(comment: Comment, body: str) -> Comment:
    body = check_body(body)
    now = timezone.now()
    was_published = comment.status == Comment.Status.PUBLISHED
    comment.body, comment.body_html, comment.edited_at = body, markdown.render(body), now
    # An edit is screened like a new comment, without the warning step: the author has
    # already chosen their words once.
    screening = screen(comment, is_edit=True, warned=True)
    _apply(comment, screening)
    with transaction.atomic():
        comment.save(update_fields=["body", "body_html", "edited_at", "status", "status_reason"])
        comment_screened.send(Comment, comment=comment, screening=screening, is_edit=True)
        is_published = comment.status == Comment.Status.PUBLISHED
        if was_published != is_published:
            _count(comment, +1 if is_published else -1, now)
        _announce(comment, "edit")
    return comment


def do_change_status(comment: Comment, status: str, reason: str = "") -> bool:
    """A decision taken after screening (a moderator's, or enough reports): publish,
    hold or reject. Counters follow, readers see a newly published comment arrive, and
    a reply approved late still emails the reader it answers. Returns whether the
    status changed."""
    with transaction.atomic():
        current = Comment.objects.select_for_update().get(pk=comment.pk)
        changed = current.status != status
        if not changed and current.status_reason == reason:
            return False
        was_published = current.status == Comment.Status.PUBLISHED
        current.status, current.status_reason = status, reason[:300]
        current.save(update_fields=["status", "status_reason"])
        is_published = status == Comment.Status.PUBLISHED
        if was_published != is_published:
            _count(current, +1 if is_published else -1, timezone.now())
            if is_published and not current.is_deleted:
                _announce(current, "comment")
                _queue_reply_email(current)
    comment.status, comment.status_reason = current.status, current.status_reason
    return changed


def do_feature(comment: Comment, featured: bool) -> None:
    """Pin a comment on top of its thread, or unpin it."""
    comment.featured_at = timezone.now() if featured else None
    Comment.objects.filter(pk=comment.pk).update(featured_at=comment.featured_at)


def do_delete_comment(comment: Comment) -> Comment:
    """The text goes; the comment stays as "Comment deleted" so its replies keep their place."""
    now = timezone.now()
    with transaction.atomic():
        counted = comment.status == Comment.Status.PUBLISHED
        comment.deleted_at, comment.body, comment.body_html = now, "", ""
        comment.save(update_fields=["deleted_at", "body", "body_html"])
        if counted:
            Discussion.objects.filter(pk=comment.article_id).update(
                comment_count=F("comment_count") - 1
            )
        _announce(comment, "delete")
    return comment


def do_vote(*, comment: Comment, voter, value: int) -> tuple[int, int]:
    """Vote up or down; the same vote again takes it back. Returns (new score, the
    reader's vote now: 1, -1 or 0)."""
    if value not in (Vote.Value.UP, Vote.Value.DOWN):
        raise CommentRefused(_("A vote is up or down."), status=400)
    for _attempt in range(3):
        try:
            with transaction.atomic():
                up, down, now_voted = _change_vote(comment, voter, value)
                Comment.objects.filter(pk=comment.pk).update(
                    upvotes=F("upvotes") + up,
                    downvotes=F("downvotes") + down,
                    score=F("score") + up - down,
                )
                score = Comment.objects.values_list("score", flat=True).get(pk=comment.pk)
                _announce_score(comment, score)
                return score, now_voted
        except IntegrityError:
            # Two requests from the same reader raced to create the vote; the loser
            # tries again and sees the winner's row.
            continue
    raise CommentRefused(_("Your vote could not be counted; please try again."), status=409)


def _announce_score(comment: Comment, score: int) -> None:
    event = {"type": "score", "id": comment.pk, "score": score}
    transaction.on_commit(lambda: live.publish(comment.article_id, event))


def _change_vote(comment: Comment, voter, value: int) -> tuple[int, int, int]:
    existing = Vote.objects.select_for_update().filter(comment=comment, user=voter).first()
    if existing is None:
        Vote.objects.create(comment=comment, user=voter, value=value)
        return (1, 0, value) if value > 0 else (0, 1, value)
    if existing.value == value:
        existing.delete()
        return (-1, 0, 0) if value > 0 else (0, -1, 0)
    existing.value = value
    existing.save(update_fields=["value"])
    return (1, -1, value) if value > 0 else (-1, 1, value)


def do_report(*, comment: Comment, reporter, reason: str, text: str = "") -> Report:
    if reason not in Report.Reason.values:
        raise CommentRefused(_("Please choose a reason."), status=400)
    if reason == Report.Reason.OTHER and not text.strip():
        raise CommentRefused(_("Please tell us what is wrong with it."), status=400)
    try:
        with transaction.atomic():
            report = Report.objects.create(
                comment=comment, reporter=reporter, reason=reason, text=text.strip()[:500]
            )
            comment_reported.send(Report, report=report)
            return report
    except IntegrityError:
        raise CommentRefused(_("You have reported this comment already."), status=409) from None
