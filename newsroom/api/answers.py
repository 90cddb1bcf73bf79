"""Comments as the API shows them: the same fields for every endpoint that answers one."""

from newsroom.comments import threads
from newsroom.comments.models import Comment


def _shown(comment: Comment) -> dict:
    """What every answer shows of a comment."""
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "author": comment.author_name,
        "html": "" if comment.is_deleted else comment.body_html,
        "created_at": comment.created_at,
        "edited": comment.is_edited,
        "deleted": comment.is_deleted,
        "score": comment.score,
        "reply_count": comment.reply_count,
    }


def thread_node(node: threads.Node) -> dict:
    comment = node.comment
    return {
        **_shown(comment),
        "more_replies": node.more_replies,
        "replies": [thread_node(child) for child in node.children],
    }


def comment_detail(comment: Comment, user, *, as_moderator: bool = False) -> dict:
    """One comment for `user`: its status and reason only if they wrote it (or, for a
    moderator's tools, always)."""
    mine = user is not None and user.is_authenticated and comment.author_id == user.pk
    full = mine or as_moderator
    return {
        **_shown(comment),
        "article": comment.article_id,
        "status": comment.status if full else Comment.Status.PUBLISHED,
        "status_reason": comment.status_reason if full else "",
        "mine": mine,
        "editable_until": comment.editable_until() if mine and comment.still_editable else None,
    }
