"""The caller's own account through the API: who they are, their comments in every
state (with the reason for those held or rejected), and moderators' notices to them."""

from ninja import Field as SchemaField
from ninja import Query, Router, Schema

from newsroom.api import auth
from newsroom.api.answers import comment_detail
from newsroom.api.models import Scope
from newsroom.api.schemas import ErrorOut, MeOut, MyCommentsOut, NoticesOut
from newsroom.comments.models import Comment
from newsroom.moderation.models import Notice
from newsroom.moderation.roles import is_moderator

router = Router(tags=["your account"])

PAGE_SIZE = 50
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut}


class PageQuery(Schema):
    before: int | None = SchemaField(None, ge=1, le=2**63 - 1, description="From next_before.")


def caller_scopes(request) -> list[str]:
    token = getattr(request, "api_token", None)
    if token is not None:
        return list(token.scopes)
    # The site's own session may do whatever its reader may.
    scopes = [str(Scope.READ), str(Scope.WRITE)]
    return [*scopes, str(Scope.MODERATE)] if is_moderator(request.user) else scopes


@router.get("", response={200: MeOut, **ERRORS}, auth=auth.ANY)
def me(request):
    """Who the token or session belongs to, and what it may do."""
    user = request.user
    profile = getattr(user, "profile", None)
    return {
        "id": user.pk,
        "display_name": profile.display_name if profile else user.get_username(),
        "email_verified": bool(user.is_staff or (profile and profile.email_verified)),
        "moderator": is_moderator(user),
        "scopes": [str(scope) for scope in caller_scopes(request)],
    }


@router.get("/comments", response={200: MyCommentsOut, **ERRORS}, auth=auth.READ)
def my_comments(request, query: Query[PageQuery]):
    """Your comments, newest first, in every state; 50 a page."""
    comments = (
        Comment.objects.filter(author=request.user)
        .select_related("article", "author__profile")
        .defer("article__body")
        .order_by("-pk")
    )
    if query.before is not None:
        comments = comments.filter(pk__lt=query.before)
    page = list(comments[: PAGE_SIZE + 1])
    items = [
        {
            **comment_detail(comment, request.user),
            "article_title": comment.article.title,
            "article_url": comment.article.get_url(request) or "",
        }
        for comment in page[:PAGE_SIZE]
    ]
    more = len(page) > PAGE_SIZE
    return {"items": items, "next_before": page[PAGE_SIZE - 1].pk if more else None}


@router.get("/notices", response={200: NoticesOut, **ERRORS}, auth=auth.READ)
def my_notices(request, query: Query[PageQuery]):
    """Moderators' decisions on your held comments, newest first."""
    notices = Notice.objects.filter(reader=request.user).order_by("-pk")
    if query.before is not None:
        notices = notices.filter(pk__lt=query.before)
    page = list(notices[: PAGE_SIZE + 1])
    items = [
        {
            "id": notice.pk,
            "comment": notice.comment_id,
            "decision": notice.decision,
            "reason": notice.reason,
            "excerpt": notice.excerpt,
            "article_title": notice.article_title,
            "article_url": notice.article_url,
            "created_at": notice.created_at,
        }
        for notice in page[:PAGE_SIZE]
    ]
    more = len(page) > PAGE_SIZE
    return {"items": items, "next_before": page[PAGE_SIZE - 1].pk if more else None}
