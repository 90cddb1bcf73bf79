"""A reader's comments, votes and reports for their data download (ACCOUNT_DATA_EXPORTERS)."""

from newsroom.comments.models import Comment, Report, Vote


def reader_comments(user) -> tuple[str, dict]:
    comments = Comment.objects.filter(author=user).select_related("article").order_by("created_at")
    return "comments", {
        "comments": [
            {
                "id": comment.pk,
                "article": comment.article.title,
                "article_url": comment.article.full_url,
                "in_reply_to": comment.parent_id,
                "text": comment.body,
                "status": comment.status,
                "written": comment.created_at.isoformat(),
                "edited": comment.edited_at.isoformat() if comment.edited_at else None,
                "deleted": comment.deleted_at.isoformat() if comment.deleted_at else None,
                "score": comment.score,
            }
            for comment in comments
        ],
        "votes": [
            {"comment": comment_id, "value": value}
            for comment_id, value in Vote.objects.filter(user=user).values_list(
                "comment_id", "value"
            )
        ],
        "reports": [
            {"comment": comment_id, "reason": reason, "text": text}
            for comment_id, reason, text in Report.objects.filter(reporter=user).values_list(
                "comment_id", "reason", "text"
            )
        ],
    }
