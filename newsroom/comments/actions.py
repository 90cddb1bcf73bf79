"""Every write to comments: post, reply, edit, delete, vote and report.

`check_*` validates input; `do_*` changes state in one transaction and queues the side
effects (live events, reply emails) to run after it commits. Authorisation happens
before these are called, in access.py. Screening is not done here: the moderation app
screens a reader's comment (moderation.actions.check_post_comment) and then calls
these with the status it decided, inside its own transaction.
"""

from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.articles.models import ArticlePage
from newsroom.comments import live, markdown, threads
from newsroom.comments.errors import CommentRefused
from newsroom.comments.models import Comment, Discussion, Report, Vote, text_digest


def check_body(text: str | None) -> str:
    body = (text or "").replace("\r\n", "\n").strip()
    if not body:
        raise CommentRefused(_("Your comment is empty."), status=400)
    if "\x00" in body:
        # Nothing a reader types contains NUL, and PostgreSQL text cannot hold it.
        raise CommentRefused(_("Your comment contains a character we cannot store."), status=400)
    if len(body) > settings.COMMENTS_MAX_LENGTH:
        raise CommentRefused(
            _("Your comment is %(length)d characters long; the limit is %(limit)d.")
            % {"length": len(body), "limit": settings.COMMENTS_MAX_LENGTH},
            status=400,
        )
    return body


def check_idempotency_key(key: str | None) -> str:
    """A client's key for one comment; a retry with the same key gets the first result."""
    key = (key or "").strip()
    if len(key) > 64 or not key.isascii() or not key.isprintable():
        raise CommentRefused(_("That form has expired; please post again."), status=400)
    return key


def _count(comment: Comment, delta: int, now: datetime) -> None:
    """Move the article's, the parent's and the thread's counters by one published
    comment, atomically (F expressions), so concurrent writers never lose a count.
    A deleted comment left the article's count when it was deleted. The same update
    moves the thread's versions: what readers see of the thread has changed."""
    if not comment.is_deleted:
        moved = Discussion.objects.filter(pk=comment.article_id).update(
            comment_count=F("comment_count") + delta,
            **({"last_comment_at": now} if delta > 0 else {}),
            **threads.moved_versions(),
        )
        if not moved:
            Discussion.objects.get_or_create(article_id=comment.article_id)
            Discussion.objects.filter(pk=comment.article_id).update(
                comment_count=F("comment_count") + delta,
                **({"last_comment_at": now} if delta > 0 else {}),
            )
    else:
        threads.thread_changed(comment.article_id)
    if comment.parent_id:
        Comment.objects.filter(pk=comment.parent_id).update(reply_count=F("reply_count") + delta)
    if delta > 0 and comment.root_id is not None:
        # A new top-level comment carries its own time already.
        Comment.objects.filter(pk=comment.root_id).update(
            last_activity_at=Greatest(F("last_activity_at"), now)
        )


def _announce(comment: Comment, kind: str) -> None:
    # Only what a page needs to decide whether to offer the comment: no author ids.
    event = {"type": kind, "id": comment.pk, "parent": comment.parent_id}
    article_id = comment.article_id

    transaction.on_commit(lambda: live.publish(article_id, event))


def _queue_reply_email(comment: Comment) -> None:
    if comment.parent_id is not None:
        from newsroom.comments.tasks import notify_reply

        transaction.on_commit(lambda: notify_reply.enqueue(comment.pk))


def new_comment(
    *,
    article: ArticlePage,
    author,
    body: str,
    parent: Comment | None = None,
    idempotency_key: str = "",
) -> Comment:
    """A comment as the reader wrote it, checked and rendered but not saved yet."""
    body = check_body(body)
    now = timezone.now()
    return Comment(
        article=article,
        parent=parent,
        root_id=(parent.thread_root_id if parent else None),
        depth=(parent.depth + 1 if parent else 0),
        author=author,
        body=body,
        body_html=markdown.render(body),
        created_at=now,
        last_activity_at=now,
        idempotency_key=check_idempotency_key(idempotency_key),
        text_digest=text_digest(body),
    )


def posted_before(author, idempotency_key: str) -> Comment | None:
    """The comment this reader already posted with this key: a retried request."""
    if not idempotency_key or author is None:
        return None
    return Comment.objects.filter(author=author, idempotency_key=idempotency_key).first()


def _set_text(comment: Comment, published_body: str | None) -> None:
    if published_body is not None and published_body != comment.body:
        comment.body, comment.body_html = published_body, markdown.render(published_body)


def do_post_comment(
    comment: Comment,
    *,
    status: str = Comment.Status.PUBLISHED,
    reason: str = "",
    published_body: str | None = None,
) -> Comment:
    """Save a new comment with the status screening gave it (`published_body` is the
    text to publish instead of the reader's, e.g. with words masked), as part of the
    caller's transaction if there is one. Two requests racing with the same idempotency
    key: the second raises IntegrityError, and the caller answers with the first."""
    comment.status, comment.status_reason = status, reason[:300]
    _set_text(comment, published_body)
    with transaction.atomic(savepoint=False):
        comment.save(force_insert=True)
        if comment.status == Comment.Status.PUBLISHED:
            _count(comment, +1, comment.created_at)
            _announce(comment, "comment")
            _queue_reply_email(comment)
    return comment


def do_edit_comment(
    comment: Comment,
    *,
    status: str,
    reason: str = "",
    published_body: str | None = None,
) -> Comment:
    """Save an edit (already in comment.body) with the status its screening gave it."""
    was_published = (
        Comment.objects.filter(pk=comment.pk).values_list("status", flat=True).first()
        == Comment.Status.PUBLISHED
    )
    comment.body_html = markdown.render(comment.body)
    comment.text_digest = text_digest(comment.body)
    comment.edited_at = timezone.now()
    comment.status, comment.status_reason = status, reason[:300]
    _set_text(comment, published_body)
    with transaction.atomic():
        comment.save(
            update_fields=[
                "body",
                "body_html",
                "text_digest",
                "edited_at",
                "status",
                "status_reason",
            ]
        )
        is_published = comment.status == Comment.Status.PUBLISHED
        if was_published != is_published:
            _count(comment, +1 if is_published else -1, comment.edited_at)
        else:
            threads.thread_changed(comment.article_id)
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
        else:
            threads.thread_changed(current.article_id)
    comment.status, comment.status_reason = current.status, current.status_reason
    return changed


def do_feature(comment: Comment, featured: bool) -> None:
    """Pin a comment on top of its thread, or unpin it."""
    comment.featured_at = timezone.now() if featured else None
    with transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(featured_at=comment.featured_at)
        threads.thread_changed(comment.article_id)


def do_delete_comment(comment: Comment) -> bool:
    """The text goes; the comment stays as "Comment deleted" so its replies keep their
    place. Only a real change counts: the same comment deleted from two tabs at once
    leaves the count one lower, not two. Returns whether this call deleted it."""
    now = timezone.now()
    with transaction.atomic():
        current = (
            Comment.objects.select_for_update()
            .filter(pk=comment.pk, deleted_at__isnull=True)
            .values_list("status", flat=True)
            .first()
        )
        deleted = bool(
            current is not None
            and Comment.objects.filter(pk=comment.pk, deleted_at__isnull=True).update(
                deleted_at=now, body="", body_html=""
            )
        )
        if deleted:
            Discussion.objects.filter(pk=comment.article_id).update(
                **(
                    {"comment_count": F("comment_count") - 1}
                    if current == Comment.Status.PUBLISHED
                    else {}
                ),
                **threads.moved_versions(),
            )
            _announce(comment, "delete")
    comment.deleted_at, comment.body, comment.body_html = (
        (now, "", "") if deleted else (comment.deleted_at or now, "", "")
    )
    return deleted


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
                threads.thread_changed(comment.article_id, scores_only=True)
                _announce_score(comment, score)
                return score, now_voted
        except IntegrityError:
            # Two requests from the same reader raced to create the vote; the loser
            # tries again and sees the winner's row.
            continue
    raise CommentRefused(_("Your vote could not be counted; please try again."), status=409)


def _announce_score(comment: Comment, score: int) -> None:
    event = {"type": "score", "id": comment.pk, "score": score}
    article_id = comment.article_id

    transaction.on_commit(lambda: live.publish(article_id, event))


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
            return Report.objects.create(
                comment=comment, reporter=reporter, reason=reason, text=text.strip()[:500]
            )
    except IntegrityError:
        raise CommentRefused(_("You have reported this comment already."), status=409) from None
