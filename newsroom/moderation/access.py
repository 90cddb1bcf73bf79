"""Who may moderate, and fetching what a moderator acts on. Every moderation view goes
through `moderator_only`; signed-out visitors are sent to sign in, readers are refused."""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import render

from newsroom.comments.models import Comment
from newsroom.moderation.roles import is_moderator


def moderator_only(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_moderator(request.user):
            return render(request, "moderation/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


def get_comment_for_moderation(comment_id: int) -> Comment:
    comment = (
        Comment.objects.select_related("article__locale", "author__profile", "review")
        .filter(pk=comment_id)
        .first()
    )
    if comment is None:
        raise Http404
    return comment


def get_reader_for_moderation(user_id: int):
    reader = get_user_model().objects.select_related("profile").filter(pk=user_id).first()
    if reader is None or not hasattr(reader, "profile"):
        raise Http404
    return reader
