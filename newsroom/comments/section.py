"""What the comment section under an article needs, for the page and for htmx fragments."""

from django.conf import settings
from django.utils.http import urlencode

from newsroom.comments import access, threads, windows
from newsroom.comments.errors import CommentRefused
from newsroom.comments.forms import CommentForm
from newsroom.comments.models import Comment, Discussion
from newsroom.core.numbers import database_id

POLICY_SLUG = "commenting-policy"


def permalink(article, comment: Comment) -> str:
    """The article page opened at this comment's thread."""
    return f"{article.url}?{urlencode({'comment': comment.pk})}#c{comment.pk}"


def _policy_url(article) -> str | None:
    from newsroom.articles.models import InfoPage

    home_path = article.path[: article.steplen * 2]
    policy = InfoPage.objects.live().filter(path__startswith=home_path, slug=POLICY_SLUG).first()
    return policy.url if policy else None


def section_context(
    request, article, *, build_thread: bool = True, lenient_cursor: bool = True
) -> dict:
    user = request.user
    try:
        access.check_can_write(user)
        write_refusal = ""
    except CommentRefused as refused:
        write_refusal = refused.message
    closed = windows.closure(article)
    context = {
        "article": article,
        "article_url": article.url,
        "comments_open": closed is None,
        "closed_notice": closed.message if closed else "",
        "premoderated": article.commenting == "premoderated",
        "may_write": not write_refusal,
        "write_refusal": write_refusal,
        "max_length": settings.COMMENTS_MAX_LENGTH,
        "sorts": threads.SORTS.values(),
        "feedback_email": settings.FEEDBACK_EMAIL,
    }
    if not build_thread:
        return context
    sort = threads.sort_named(request.GET.get("sort"))
    around = None
    target = database_id(request.GET.get("comment", ""))
    # Anything but a comment id shows the thread from its start.
    if target is not None:
        around = Comment.objects.visible_to(user).filter(pk=target, article_id=article.pk).first()
    try:
        page = threads.top_level_page(
            article.pk, user, sort=sort, cursor=request.GET.get("after"), around=around
        )
    except threads.InvalidCursor:
        if not lenient_cursor:
            raise
        # A mangled link on the article page shows the thread from its start.
        page = threads.top_level_page(article.pk, user, sort=sort)
    discussion = Discussion.objects.filter(pk=article.pk).first()
    first_page = around is None and not request.GET.get("after")
    context.update(
        featured=(
            list(Comment.objects.featured().filter(article_id=article.pk).for_display()[:3])
            if first_page
            else []
        ),
        page=page,
        sort=sort,
        comment_count=discussion.comment_count if discussion else 0,
        form=CommentForm(),
        policy_url=_policy_url(article),
    )
    return context
