"""The embeddable comment section: the script other sites include, the frame it opens,
the sign-in window, and the hand-off that gives the frame its own token.

Signing in happens in a top-level window on this site (a frame on another site cannot
use our session cookie, and Safari and others block such cookies anyway). That window,
once signed in, posts a one-time code to the frame that opened it (postMessage to our
own origin only); the frame trades the code for an embed token kept in its own
cookie (cookies.py) and calls the JSON API with it.
"""

import json
import secrets
from datetime import timedelta
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from newsroom.api.actions import TokenRefused, do_create_token, do_revoke_token, token_for
from newsroom.api.auth import EMBED_COOKIE, EMBED_HEADER
from newsroom.api.models import PersonalToken, Scope
from newsroom.articles.models import ArticlePage
from newsroom.comments import access, threads
from newsroom.core.numbers import database_id
from newsroom.embed.actions import ThreadRefused, check_page_address, get_or_open_thread
from newsroom.embed.cookies import MAX_AGE, clear_embed_cookie, set_embed_cookie
from newsroom.embed.origins import allowed

SCRIPT = Path(__file__).resolve().parent / "static" / "embed" / "embed.js"
HANDOFF_SECONDS = 120


@require_GET
def embed_script(request):
    """/embed.js: what another site includes to show a thread."""
    response = HttpResponse(SCRIPT.read_bytes(), content_type="text/javascript")
    patch_cache_control(response, public=True, max_age=300)
    return response


def _refused(request, message: str, status: int):
    return render(request, "embed/refused.html", {"message": message}, status=status)


@require_GET
@xframe_options_exempt  # framing is governed by CSP frame-ancestors (EMBED_ALLOWED_ORIGINS)
def frame(request):
    """The thread of an article (`article`), or of a page on another site (`url`, and
    `thread` when the site names its threads), opened on the page's first visit."""
    parent = allowed(request.GET.get("origin"))
    if parent is None:
        return _refused(request, _("This site may not embed our comments."), 403)
    try:
        article = _thread_of(request)
    except (Http404, ThreadRefused) as refused:
        message = getattr(refused, "message", _("There is no such article."))
        return _refused(request, message, getattr(refused, "status", 404))
    thread = _first_page(request, article)
    context = {
        "article": article,
        "elsewhere": article.elsewhere,
        "parent_origin": parent,
        "open": article.comments_open(),
        "thread": thread,
        "more_url": _with_cursor(request, thread.next_cursor) if thread.next_cursor else "",
    }
    # The frame speaks the thread's language, whatever the reader's browser asks for.
    language = article.locale.language_code
    with translation.override(language):
        response = render(request, "embed/frame.html", context)
    response["Content-Language"] = language
    return response


def _thread_of(request) -> ArticlePage:
    if "url" in request.GET or "thread" in request.GET:
        address = check_page_address(request.GET.get("url", ""))
        found = get_or_open_thread(
            address,
            thread_key=request.GET.get("thread", ""),
            title=request.GET.get("title", ""),
            language=request.GET.get("lang", ""),
            client=request.META.get("REMOTE_ADDR", ""),
        )
        access.check_article_readable(request, found)
        return found
    article_id = database_id(request.GET.get("article", ""))
    if article_id is None:
        raise Http404
    return access.get_article(request, article_id)


def _with_cursor(request, cursor: str) -> str:
    params = request.GET.copy()
    params["cursor"] = cursor
    return f"?{params.urlencode()}"


def _first_page(request, article):
    """The thread's comments in the page itself, so the frame reads without JavaScript
    (the script then takes over); `cursor` is the no-script "load more"."""
    try:
        return threads.top_level_page(article.pk, AnonymousUser(), cursor=request.GET.get("cursor"))
    except threads.InvalidCursor:
        return threads.top_level_page(article.pk, AnonymousUser())


@require_GET
def sign_in(request):
    """The top-level sign-in window: sign in here, then hand a code to the frame."""
    parent = allowed(request.GET.get("origin"))
    if parent is None:
        return _refused(request, _("This site may not embed our comments."), 403)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    code = secrets.token_urlsafe(32)
    cache.set(f"embed-handoff:{code}", (request.user.pk, parent), HANDOFF_SECONDS)
    response = render(request, "embed/signed_in.html", {"code": code, "parent_origin": parent})
    patch_cache_control(response, private=True, no_store=True)
    return response


def _json_body(request) -> dict:
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


@csrf_exempt  # the frame has no CSRF cookie on another site: see the header check
@require_http_methods(["POST", "DELETE"])
def session(request):
    """POST trades the sign-in window's code for the frame's cookie; DELETE signs the
    frame out (the token is revoked). Only the frame's own script sends the header."""
    if request.headers.get(EMBED_HEADER) != "1":
        return JsonResponse({"detail": _("Only the comment frame may do this.")}, status=403)
    if request.method == "DELETE":
        response = JsonResponse({"detail": _("Signed out.")})
        raw = request.COOKIES.get(EMBED_COOKIE, "")
        try:
            do_revoke_token(token_for(raw))
        except TokenRefused:
            pass
        clear_embed_cookie(response)
        return response
    data = _json_body(request)
    code = data.get("code")
    key = f"embed-handoff:{code}" if isinstance(code, str) and len(code) < 100 else ""
    handed = cache.get(key) if key else None
    # delete() says whether this request took it: a code works once.
    if handed is None or not cache.delete(key):
        return JsonResponse({"detail": _("That sign-in has expired; sign in again.")}, status=400)
    user_id, parent = handed
    if allowed(data.get("origin")) != parent:
        return JsonResponse({"detail": _("That sign-in was for another site.")}, status=400)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(pk=user_id)
    _token, raw = do_create_token(
        user,
        _("Comments on %(site)s") % {"site": parent},
        [Scope.READ, Scope.WRITE],
        kind=PersonalToken.Kind.EMBED,
        expires_at=timezone.now() + timedelta(seconds=MAX_AGE),
    )
    response = JsonResponse({"detail": _("Signed in.")})
    set_embed_cookie(response, raw, partitioned=data.get("storage_access") is not True)
    return response
