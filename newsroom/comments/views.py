"""Comment views: thin — parse, fetch and authorise (access.py), act (actions.py), answer.

Each works without JavaScript (full pages, redirects back to the comment) and, when htmx
asks, answers with just the fragment to swap in.
"""

import asyncio
import functools
import json

from asgiref.sync import sync_to_async
from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from newsroom.comments import access, actions, cards, markdown, newcomers, ratelimit, threads
from newsroom.comments.errors import CommentNeedsRethink, CommentRefused
from newsroom.comments.forms import CommentForm, ReportForm, new_form_key
from newsroom.comments.live import events
from newsroom.comments.section import (
    permalink,
    section_context,
    section_html,
)
from newsroom.comments.section import reader_parts as section_reader_parts
from newsroom.comments.section import section_for_any_reader as section_html_for_any_reader
from newsroom.core.numbers import database_ids
from newsroom.core.page_cache import mark_shared_cacheable
from newsroom.moderation.actions import (
    check_edit_comment,
    check_post_comment,
    check_report_comment,
)

EVENT_STREAM_SECONDS = 600


def answers_refusals(view):
    """A mangled cursor is refused like any other bad request; refusals themselves are
    answered in one place for the whole site (core.refusals.RefusalMiddleware)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except threads.InvalidCursor as invalid:
            raise CommentRefused(str(invalid), status=400) from None

    return wrapper


@require_GET
@answers_refusals
def thread(request, article_id: int):
    article = access.get_article(request, article_id)
    context = section_context(request, article, lenient_cursor=False)
    if request.htmx:
        more = request.GET.get("part") == "items"
        template = "comments/items.html" if more else "comments/thread_list.html"
        context["nodes"] = context["page"].nodes
    else:
        template = "comments/thread_page.html"
    response = render(request, template, context)
    # A fragment for htmx, a whole page otherwise: caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    if not request.user.is_authenticated:
        mark_shared_cacheable(response, settings.COMMENTS_CACHE_SECONDS)
    return response


@require_GET
@answers_refusals
def section_for_reader(request, article_id: int):
    """The comment section as this reader sees it, for a page sent from the shared cache
    to a signed-in reader's browser, which puts it in place of the shared one."""
    article = access.get_article(request, article_id)
    response = HttpResponse(section_html(request, article, for_reader=True))
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_GET
@answers_refusals
def section_for_any_reader(request, article_id: int):
    """The section every signed-in reader starts from, before the site's script puts in
    their own parts (reader_parts): the same whoever asks, so the page cache keeps it and
    serves it to signed-in readers' browsers too — but never a restricted article's,
    which must be checked for each reader."""
    article = access.get_article(request, article_id)
    response = HttpResponse(section_html_for_any_reader(request, article))
    if access.has_view_restrictions(article):
        patch_cache_control(response, private=True, no_store=True)
        return response
    return mark_shared_cacheable(
        response,
        settings.COMMENTS_CACHE_SECONDS,
        personalised_in_browser=True,
        same_for_everyone=True,
    )


@require_GET
@answers_refusals
def reader_parts(request, article_id: int):
    """This reader's own parts of the shared section, as JSON (?ids= the comments their
    page shows): token, name, votes, reports and own cards. Private, never cached."""
    access.check_article_id_readable(request, article_id)
    ids = database_ids(request.GET.get("ids", ""))
    if ids is None:
        return JsonResponse({"error": _("The comment ids are not valid.")}, status=400)
    response = JsonResponse(section_reader_parts(request, article_id, ids))
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
@answers_refusals
def post(request, article_id: int):
    form = CommentForm(request.POST)
    form.is_valid()
    parent_id = form.cleaned_data.get("parent")
    if parent_id:
        parent = access.get_comment_for_reply(request, parent_id, article_id)
        article = parent.article
    else:
        parent = None
        article = access.get_article_for_commenting(request, article_id)
    body = form.cleaned_data.get("body", "")
    if "preview" in request.POST:
        return _form_with_preview(request, article, form, parent, body)
    try:
        ratelimit.check_posting_rate(request)
        newcomers.check_new_account_is_human(request)
        comment = check_post_comment(
            article=article,
            author=request.user,
            body=body,
            parent=parent,
            warned=bool(form.cleaned_data.get("warned")),
            idempotency_key=form.cleaned_data.get("idempotency_key", ""),
        )
    except CommentNeedsRethink as warning:
        return _form_with_warning(request, article, body, parent, warning.message)
    except CommentRefused as refused:
        if request.htmx:
            raise
        # The reader's text comes back with the reason; nothing they wrote is lost.
        form.add_error("body", refused.message)
        return _form_page(request, article, form, parent, status=refused.status)
    if request.htmx:
        context = {
            "node": threads.Node.alone(comment),
            "article": article,
            "article_url": article.url,
            "next_key": new_form_key(),
        }
        return render(request, "comments/posted.html", context)
    return redirect(permalink(article, comment))


def _form_with_warning(request, article, body, parent, warning):
    """The reader's text back, unchanged, with the warning: they may rephrase it, or
    post it as it is, when it goes to a moderator first."""
    data = {
        "body": body,
        "parent": parent.pk if parent else "",
        "warned": "on",
        "idempotency_key": request.POST.get("idempotency_key", ""),
    }
    form = CommentForm(data)
    form.is_valid()
    context = {
        "article": article,
        "form": form,
        "parent": parent,
        "warning": warning,
        "max_length": settings.COMMENTS_MAX_LENGTH,
    }
    if request.htmx:
        response = render(request, "comments/form.html", context)
        response["HX-Retarget"] = f"#comment-form-{parent.pk if parent else 'new'}"
        response["HX-Reswap"] = "outerHTML"
        return response
    return render(request, "comments/form_page.html", context)


def _form_with_preview(request, article, form, parent, body):
    preview = markdown.render(body)
    if request.htmx:
        return render(request, "comments/preview.html", {"preview": preview})
    return _form_page(request, article, form, parent, preview=preview)


def _form_page(request, article, form, parent, *, preview=None, status=200):
    context = {"article": article, "form": form, "parent": parent, "preview": preview}
    return render(request, "comments/form_page.html", context, status=status)


def _comment_fragment(request, comment):
    context = {
        "node": threads.Node.alone(comment),
        "article_url": comment.article.url,
        "viewer_kind": cards.AUTHOR,
    }
    return render(request, "comments/comment_body.html", context)


@require_GET
@answers_refusals
def reply_form(request, comment_id: int):
    parent = access.get_comment_for_reply(request, comment_id)
    form = CommentForm(initial={"parent": parent.pk})
    if request.htmx:
        context = {"article": parent.article, "form": form, "parent": parent}
        return render(request, "comments/form.html", context)
    return _form_page(request, parent.article, form, parent)


@require_http_methods(["GET", "POST"])
@answers_refusals
def edit(request, comment_id: int):
    comment = access.get_comment_for_edit(request, comment_id)
    if request.method == "POST":
        try:
            check_edit_comment(comment, request.POST.get("body", ""))
        except CommentRefused as refused:
            if request.htmx:
                raise
            context = {
                "comment": comment,
                "body": request.POST.get("body", ""),
                "error": refused.message,
            }
            return render(request, "comments/edit_page.html", context, status=refused.status)
        if request.htmx:
            return _comment_fragment(request, comment)
        return redirect(permalink(comment.article, comment))
    template = "comments/edit_form.html" if request.htmx else "comments/edit_page.html"
    return render(request, template, {"comment": comment, "body": comment.body})


@require_http_methods(["GET", "POST"])
@answers_refusals
def delete(request, comment_id: int):
    comment = access.get_comment_for_delete(request, comment_id)
    if request.method == "POST":
        actions.do_delete_comment(comment)
        if request.htmx:
            return _comment_fragment(request, comment)
        return redirect(permalink(comment.article, comment))
    return render(request, "comments/delete_page.html", {"comment": comment})


@require_POST
@answers_refusals
def vote(request, comment_id: int):
    comment = access.get_comment_for_vote(request, comment_id)
    try:
        value = int(request.POST.get("value", ""))
    except ValueError:
        raise CommentRefused(_("A vote is up or down."), status=400) from None
    score, mine = actions.do_vote(comment=comment, voter=request.user, value=value)
    if request.htmx:
        comment.score = score
        context = {
            "node": threads.Node.alone(comment, mine),
            "viewer_kind": cards.READER,
            "vote_up": "true" if mine == 1 else "false",
            "vote_down": "true" if mine == -1 else "false",
        }
        return render(request, "comments/votes.html", context)
    return redirect(permalink(comment.article, comment))


@require_http_methods(["GET", "POST"])
@answers_refusals
def report(request, comment_id: int):
    comment = access.get_comment_for_report(request, comment_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        check_report_comment(
            comment=comment,
            reporter=request.user,
            reason=form.cleaned_data["reason"],
            text=form.cleaned_data["text"],
        )
        template = "comments/reported.html"
        return render(request, template, {"comment": comment, "fragment": request.htmx})
    template = "comments/report_form.html" if request.htmx else "comments/report_page.html"
    status = 400 if request.method == "POST" else 200
    return render(request, template, {"comment": comment, "form": form}, status=status)


@require_GET
@answers_refusals
def replies(request, comment_id: int):
    parent = access.get_comment_to_read(request, comment_id)
    try:
        level = max(1, min(int(request.GET.get("level", "1")), threads.NESTED_LEVELS + 1))
    except ValueError:
        level = 1
    nodes, next_cursor = threads.replies_page(
        parent, request.user, level=level, cursor=request.GET.get("after")
    )
    context = {
        "parent": parent,
        "nodes": nodes,
        "next_cursor": next_cursor,
        "level": level,
        "article": parent.article,
        **section_context(request, parent.article, build_thread=False),
    }
    template = "comments/replies_list.html" if request.htmx else "comments/replies_page.html"
    return render(request, template, context)


@require_GET
@answers_refusals
def continue_thread(request, comment_id: int):
    top = access.get_comment_to_read(request, comment_id)
    node = threads.Node(comment=top, level=0)
    threads.attach_replies([node], request.user)
    context = {
        "top": node,
        "article": top.article,
        **section_context(request, top.article, build_thread=False),
    }
    return render(request, "comments/continue_page.html", context)


async def live_events(request, article_id: int):
    """Server-sent events for one article's thread: new comments, scores, edits."""
    try:
        await sync_to_async(access.get_article)(request, article_id)
    except Http404:
        return HttpResponse(_("There is no such article."), status=404)
    if "wsgi.input" in request.META:
        # A WSGI server (Django's runserver, the test live server) cannot hold a stream
        # open; 204 tells EventSource not to retry. `serve` runs granian's ASGI.
        return HttpResponse(status=204)

    async def stream():
        yield "retry: 5000\n\n"
        async for event in events(article_id, for_seconds=EVENT_STREAM_SECONDS):
            if event is None:
                yield ": keep-alive\n\n"
            else:
                yield f"event: {event['type']}\ndata: {json.dumps(event)}\n\n"
            await asyncio.sleep(0)

    response = StreamingHttpResponse(stream(), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response
