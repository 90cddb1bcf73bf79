"""Fetch what a request wants to act on, and refuse if this reader may not.

Every write view goes through one of these, so no write can skip its permission check.
"""

from django.http import Http404
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from newsroom.articles.models import ArticlePage
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
    if not article.comments_open():
        raise CommentRefused(_("Comments are closed on this article."))


def get_article(article_id: int) -> ArticlePage:
    article = ArticlePage.objects.live().defer_streamfields().filter(pk=article_id).first()
    # Wagtail's public() builds a large subquery on every call; asking this one page
    # for restrictions on its path is a single small query.
    if article is None or article.get_view_restrictions().exists():
        raise Http404
    return article


def get_article_for_commenting(request, article_id: int) -> ArticlePage:
    article = get_article(article_id)
    check_can_write(request.user)
    check_thread_open(article)
    return article


def _published_comment(comment_id: int) -> Comment:
    comment = (
        Comment.objects.published()
        .filter(pk=comment_id, article__live=True)
        .select_related("article", "author__profile")
        .first()
    )
    if comment is None:
        raise Http404
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
    return comment


def get_comment_for_reply(request, comment_id: int) -> Comment:
    comment = _published_comment(comment_id)
    check_can_write(request.user)
    check_thread_open(comment.article)
    if comment.is_deleted:
        raise CommentRefused(_("That comment has been deleted."))
    return comment


def get_comment_for_edit(request, comment_id: int) -> Comment:
    comment = Comment.objects.filter(pk=comment_id).select_related("article").first()
    if comment is None:
        raise Http404
    check_can_write(request.user)
    if comment.author_id != request.user.pk:
        raise CommentRefused(_("You can only edit your own comments."))
    if not comment.can_be_edited_by(request.user):
        raise CommentRefused(_("The time for editing this comment has passed."))
    check_thread_open(comment.article)
    return comment


def get_comment_for_delete(request, comment_id: int) -> Comment:
    comment = Comment.objects.filter(pk=comment_id).select_related("article").first()
    if comment is None:
        raise Http404
    if not request.user.is_authenticated:
        raise SignInRequired(_("Please sign in to take part."))
    if comment.author_id != request.user.pk:
        raise CommentRefused(_("You can only delete your own comments."))
    if comment.is_deleted:
        raise CommentRefused(_("That comment has been deleted already."))
    return comment


def _someone_elses_comment(request, comment_id: int, own_comment_message: str) -> Comment:
    comment = _published_comment(comment_id)
    check_can_write(request.user)
    if comment.author_id == request.user.pk:
        raise CommentRefused(own_comment_message)
    return comment


def get_comment_for_vote(request, comment_id: int) -> Comment:
    comment = _someone_elses_comment(request, comment_id, _("You cannot vote on your own comment."))
    if comment.is_deleted:
        raise CommentRefused(_("That comment has been deleted."))
    return comment


def get_comment_for_report(request, comment_id: int) -> Comment:
    return _someone_elses_comment(request, comment_id, _("You cannot report your own comment."))
