"""The moderation queue and decisions through the API, for moderators' tools: the same
tabs, filters and order as /moderation/, and the same actions (each audited)."""

from django.utils.translation import gettext as _
from ninja import Field as SchemaField
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from newsroom.api import auth
from newsroom.api.answers import comment_detail
from newsroom.api.schemas import DecisionIn, DecisionOut, ErrorOut, QueueOut
from newsroom.moderation import actions, queue
from newsroom.moderation.access import get_comment_for_moderation
from newsroom.moderation.roles import is_moderator

router = Router(tags=["moderation"])

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


class QueueQuery(Schema):
    tab: str = SchemaField("pending", description="pending, reported, rejected, approved, all")
    order: str = SchemaField("priority", description="priority, newest, oldest")
    edition: str = ""
    section: str = ""
    article: str = ""
    reason: str = SchemaField("", description="Only comments held by this check.")
    page: int = SchemaField(1, ge=1, le=queue.MAX_PAGE)


def _moderator_only(request) -> None:
    if not is_moderator(request.user):
        raise HttpError(403, _("Only moderators may work the moderation queue."))


def _review(review) -> dict | None:
    if review is None:
        return None
    return {
        "outcome": review.outcome,
        "held_by": review.held_by_checks,
        "checks": review.checks,
        "toxicity": review.toxicity,
        "priority": review.priority,
        "priority_parts": review.priority_parts,
        "matched_words": list(review.matched_words),
        "open_reports": review.open_reports,
        "decision": review.decision,
    }


def _moderator_view(comment, moderator) -> dict:
    return comment_detail(comment, moderator, as_moderator=True)


@router.get("/queue", response={200: QueueOut, **ERRORS}, auth=auth.MODERATE)
def moderation_queue(request, query: Query[QueueQuery]):
    """One page (20) of a tab of the queue, with each comment's checks, reports and the
    author's record."""
    _moderator_only(request)
    filters = queue.Filters.from_query(query.dict())
    items, has_more = queue.page_of(filters, query.page)
    return {
        "tab": filters.tab,
        "page": query.page,
        "has_more": has_more,
        "counts": queue.tab_counts(),
        "items": [
            {
                "comment": _moderator_view(item.comment, request.user),
                "body": item.comment.body,
                "author_id": item.comment.author_id,
                "article_title": item.comment.article.title,
                "section": item.section,
                "review": _review(item.review),
                "reports": item.reports,
                "report_texts": item.report_texts,
                "history": item.history.__dict__,
            }
            for item in items
        ],
    }


@router.post(
    "/comments/{id:comment_id}/decision",
    response={200: DecisionOut, **ERRORS},
    auth=auth.MODERATE,
)
def decide(request, comment_id: int, data: DecisionIn):
    """Approve, reject (with a reason the author is told), feature or unfeature."""
    _moderator_only(request)
    comment = get_comment_for_moderation(comment_id)
    if data.action == "approve":
        actions.do_approve(comment, request.user)
        done = _("Approved.")
    elif data.action == "reject":
        actions.do_reject(comment, request.user, data.reason, data.note)
        done = _("Rejected.")
    else:
        actions.do_feature_comment(comment, request.user, data.action == "feature")
        done = _("Featured.") if data.action == "feature" else _("Unfeatured.")
    return {"detail": done, "comment": _moderator_view(comment, request.user)}
