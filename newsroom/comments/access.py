"""Fetch what a request wants to act on, and refuse if this reader may not.

Every view that reads or writes comments goes through one of these, so none can skip
its permission check. A comment is only as visible as its article: each helper checks
the article's view restrictions (password, sign-in, groups) as Wagtail would for the
page itself, in `check_article_readable`.
"""

from django.db import connection
from django.db.models import QuerySet
from django.http import Http404
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from newsroom.articles.models import ArticlePage
from newsroom.comments import windows
from newsroom.comments.errors import CommentRefused, SignInRequired
from newsroom.comments.models import Comment


def check_can_write(user) -> None:
    if not user.is_authenticated:
        raise SignInRequired(_("Please sign in to take part."))
    profile = getattr(user, "profile", None)
    if not (user.is_staff or (profile is not None and profile.email_verified)):
        raise CommentRefused(
            _("Please confirm your email address first: follow the link we sent you.")
        )
    if profile is not None:
        check_standing(profile)


def check_standing(profile) -> None:
    """A banned or suspended reader may read but not write, vote or report."""
    if profile.is_banned():
        message = _("Your account may no longer take part in comments.")
        if profile.ban_reason:
            message = f"{message} {_('Reason:')} {profile.ban_reason}"
        raise CommentRefused(message)
    if profile.is_suspended():
        message = _("You are suspended from comments until %(until)s.") % {
            "until": date_format(localtime(profile.suspended_until), "DATETIME_FORMAT")
        }
        if profile.suspension_message:
            message = f"{message} {profile.suspension_message}"
        raise CommentRefused(message)


def check_thread_open(article: ArticlePage) -> None:
    closed = windows.closure(article)
    if closed is not None:
        raise CommentRefused(closed.message)


def check_article_readable(request, article: ArticlePage) -> None:
    """404 unless this request may see the article page itself: a password it has
    entered, a sign-in or a group it belongs to, exactly as Wagtail decides for the
    page (one plain statement, unless a restriction applies)."""
    _check_path_readable(request, article.path)


def _restriction_lookup(pages_path_sql: str) -> str:
    """SQL: whether a view restriction lies on the page whose path is `pages_path_sql`
    or on a page above it (treebeard paths: an ancestor's path is a prefix)."""
    from wagtail.models import Page, PageViewRestriction

    return (
        f"EXISTS(SELECT 1 FROM {PageViewRestriction._meta.db_table} r"  # noqa: S608
        f" JOIN {Page._meta.db_table} rp ON rp.id = r.page_id"
        f" WHERE rp.path = substr({pages_path_sql}, 1, length(rp.path)))"
    )


def _is_restricted(path: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {_restriction_lookup('CAST(%s AS TEXT)')}", [path])
        return bool(cursor.fetchone()[0])


def _check_path_readable(request, path: str) -> None:
    """Restrictions are rare: one plain statement says whether any applies, and only
    then are they read and asked, as Wagtail asks them for the page itself."""
    if _is_restricted(path):
        _check_restrictions(request, path)


def _check_restrictions(request, path: str) -> None:
    from wagtail.models import PageViewRestriction

    # The page and its ancestors by path (treebeard's fixed-width steps), in one query
    # rather than Wagtail's two (ancestors, then their restrictions).
    step = ArticlePage.steplen
    paths = [path[:end] for end in range(step, len(path) + 1, step)]
    for restriction in PageViewRestriction.objects.filter(page__path__in=paths):
        if not restriction.accept_request(request):
            raise Http404


def check_article_id_readable(request, article_id: int) -> None:
    """404 unless this is a live article this request may read: get_article's check,
    for a request that needs nothing else of the page. One plain statement (every
    signed-in page view asks it): the article's path, and whether any restriction
    lies on it or above it."""
    from wagtail.models import Page

    sql = (
        f"SELECT p.path, {_restriction_lookup('p.path')}"  # noqa: S608 - our tables
        f" FROM {Page._meta.db_table} p"
        f" JOIN {ArticlePage._meta.db_table} a ON a.page_ptr_id = p.id"
        f" WHERE p.id = %s AND p.live"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [article_id])
        row = cursor.fetchone()
    if row is None:
        raise Http404
    path, restricted = row
    if restricted:
        _check_restrictions(request, path)


def has_view_restrictions(article: ArticlePage) -> bool:
    """Whether the article or a page above it is restricted (password, sign-in, groups):
    what a reader may see of it then depends on who they are."""
    return _is_restricted(article.path)


def readable_article_ids(request, article_ids) -> set[int]:
    """Which of these articles this request may see, in two small queries: restrictions
    are few, so they are read whole and matched against the articles' paths."""
    from wagtail.models import PageViewRestriction

    paths = dict(ArticlePage.objects.live().filter(pk__in=article_ids).values_list("pk", "path"))
    restrictions = list(PageViewRestriction.objects.select_related("page"))
    return {
        pk
        for pk, path in paths.items()
        if all(r.accept_request(request) for r in restrictions if path.startswith(r.page.path))
    }


def get_article(request, article_id: int) -> ArticlePage:
    article = (
        ArticlePage.objects.live()
        .defer_streamfields()
        .select_related("locale")  # screening reads the edition's language
        .filter(pk=article_id)
        .first()
    )
    if article is None:
        raise Http404
    check_article_readable(request, article)
    return article


def get_article_for_commenting(request, article_id: int) -> ArticlePage:
    article = get_article(request, article_id)
    check_can_write(request.user)
    check_thread_open(article)
    return article


def _on_a_readable_article(request, comments: QuerySet[Comment], comment_id: int) -> Comment:
    """The comment, one of `comments`, on a live article this request may read; else 404."""
    comment = (
        comments.filter(pk=comment_id, article__live=True)
        .select_related("article", "author__profile")
        .first()
    )
    if comment is None:
        raise Http404
    check_article_readable(request, comment.article)
    return comment


def get_comment_to_read(request, comment_id: int) -> Comment:
    """A comment this reader may see, on a live article, with what showing it needs."""
    comment = (
        Comment.objects.visible_to(request.user)
        .for_display()
        .select_related("article")
        .filter(pk=comment_id)
        .first()
    )
    if comment is None or not comment.article.live:
        raise Http404
    check_article_readable(request, comment.article)
    return comment


def get_comment_for_reply(request, comment_id: int, article_id: int | None = None) -> Comment:
    """The comment a reply answers; with `article_id`, it must be on that article."""
    comment = _on_a_readable_article(request, Comment.objects.published(), comment_id)
    if article_id is not None and comment.article_id != article_id:
        raise CommentRefused(_("That comment is not on this article."), status=400)
    check_can_write(request.user)
    check_thread_open(comment.article)
    if comment.is_deleted:
        raise CommentRefused(_("That comment has been deleted."))
    return comment


def get_comment_for_edit(request, comment_id: int) -> Comment:
    comment = _on_a_readable_article(request, Comment.objects.all(), comment_id)
    check_can_write(request.user)
    if comment.author_id != request.user.pk:
        raise CommentRefused(_("You can only edit your own comments."))
    if not comment.can_be_edited_by(request.user):
        raise CommentRefused(_("The time for editing this comment has passed."))
    check_thread_open(comment.article)
    return comment


def get_comment_for_delete(request, comment_id: int) -> Comment:
    comment = _on_a_readable_article(request, Comment.objects.all(), comment_id)
    if not request.user.is_authenticated:
        raise SignInRequired(_("Please sign in to take part."))
    if comment.author_id != request.user.pk:
        raise CommentRefused(_("You can only delete your own comments."))
    if comment.is_deleted:
        raise CommentRefused(_("That comment has been deleted already."))
    return comment


def _someone_elses_comment(request, comment_id: int, own_comment_message: str) -> Comment:
    comment = _on_a_readable_article(request, Comment.objects.published(), comment_id)
    check_can_write(request.user)
    if comment.author_id == request.user.pk:
        raise CommentRefused(own_comment_message)
    return comment


def get_comment_for_vote(request, comment_id: int) -> Comment:
    comment = _someone_elses_comment(request, comment_id, _("You cannot vote on your own comment."))
    if comment.is_deleted:
        raise CommentRefused(_("That comment has been deleted."))
    check_thread_open(comment.article)
    return comment


def get_comment_for_report(request, comment_id: int) -> Comment:
    return _someone_elses_comment(request, comment_id, _("You cannot report your own comment."))
