"""Writing comments through the API: post, reply, read one, edit, delete, vote, report.

Each endpoint goes through the same access helpers (comments/access.py), rate limit
(comments/ratelimit.py) and actions (moderation.actions for what is screened or audited,
comments.actions for votes and deletes) as the HTML views in comments/views.py.
"""

from ninja import Router, Status

from newsroom.api import auth
from newsroom.api.answers import comment_detail
from newsroom.api.schemas import (
    CommentDetailOut,
    EditIn,
    ErrorOut,
    PostIn,
    ReportIn,
    ReportOut,
    VoteIn,
    VoteOut,
    WarningOut,
)
from newsroom.comments import access, actions, ratelimit
from newsroom.comments.errors import CommentNeedsRethink
from newsroom.moderation.actions import (
    check_edit_comment,
    check_post_comment,
    check_report_comment,
)

router = Router(tags=["writing"])

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
POSTED = {201: CommentDetailOut, 422: WarningOut, 429: ErrorOut, **ERRORS}


def post(request, article, parent, data: PostIn):
    ratelimit.check_posting_rate(request)
    try:
        comment = check_post_comment(
            article=article,
            author=request.user,
            body=data.body,
            parent=parent,
            warned=data.warned,
            idempotency_key=data.idempotency_key,
        )
    except CommentNeedsRethink as warning:
        # Nothing is saved: the app shows the warning with the reader's text, and the
        # same request with warned=true posts it, held for a moderator.
        return Status(
            422,
            {
                "detail": warning.message,
                "code": "warning",
                "warning": warning.message,
                "body": data.body,
            },
        )
    return Status(201, comment_detail(comment, request.user))


@router.post("/comments/{id:comment_id}/replies", response=POSTED, auth=auth.WRITE)
def post_reply(request, comment_id: int, data: PostIn):
    """Reply to a published comment; screened like any comment."""
    parent = access.get_comment_for_reply(request, comment_id)
    return post(request, parent.article, parent, data)


@router.get("/comments/{id:comment_id}", response={200: CommentDetailOut, **ERRORS})
def read_comment(request, comment_id: int):
    """One comment: published ones for anyone, the caller's own in any state."""
    auth.bearer_reader(request)
    return comment_detail(access.get_comment_to_read(request, comment_id), request.user)


@router.patch(
    "/comments/{id:comment_id}", response={200: CommentDetailOut, **ERRORS}, auth=auth.WRITE
)
def edit_comment(request, comment_id: int, data: EditIn):
    """Edit your own comment within the edit window; the edit is screened again."""
    comment = access.get_comment_for_edit(request, comment_id)
    check_edit_comment(comment, data.body)
    return comment_detail(comment, request.user)


@router.delete(
    "/comments/{id:comment_id}", response={200: CommentDetailOut, **ERRORS}, auth=auth.WRITE
)
def delete_comment(request, comment_id: int):
    """Delete your own comment: its text goes, its replies stay."""
    comment = access.get_comment_for_delete(request, comment_id)
    actions.do_delete_comment(comment)
    return comment_detail(comment, request.user)


@router.post(
    "/comments/{id:comment_id}/vote",
    response={200: VoteOut, 409: ErrorOut, **ERRORS},
    auth=auth.WRITE,
)
def vote(request, comment_id: int, data: VoteIn):
    """Vote up (1) or down (-1) on someone else's comment; the same vote again takes it back."""
    comment = access.get_comment_for_vote(request, comment_id)
    score, mine = actions.do_vote(comment=comment, voter=request.user, value=data.value)
    return {"id": comment.pk, "score": score, "mine": mine}


@router.post(
    "/comments/{id:comment_id}/reports",
    response={201: ReportOut, 409: ErrorOut, **ERRORS},
    auth=auth.WRITE,
)
def report(request, comment_id: int, data: ReportIn):
    """Report someone else's comment to the moderators, once, with a reason."""
    comment = access.get_comment_for_report(request, comment_id)
    made = check_report_comment(
        comment=comment, reporter=request.user, reason=data.reason, text=data.text
    )
    return Status(
        201, {"comment": comment.pk, "reason": made.reason, "created_at": made.created_at}
    )
