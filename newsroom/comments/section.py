"""The comment section under an article, for the page and for htmx fragments.

A section is drawn once per thread version, language and time zone for each of two
kinds of reader — signed out, and signed in and allowed to write — and kept in the
cache; a signed-in reader's copy gets their own parts (CSRF token, votes, "Reported",
their own cards with Edit and Delete, their name) put in place from a few small queries
(cards.fill_in). A reader with a comment of their own waiting or rejected on the
article, one who may not write, and a permalink to one comment get a section drawn for
them alone. The key holds everything the section shows that can change: the thread's
versions (moved by every comment write, in its transaction), the page cache's
generation (moved by every publish, and when a reader's public name or badge changes)
and whether the thread is open.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from newsroom.comments import access, cards, threads, windows
from newsroom.comments.errors import CommentRefused
from newsroom.comments.forms import CommentForm, new_form_key
from newsroom.comments.models import Comment, Report, Vote
from newsroom.core import page_cache
from newsroom.core.numbers import database_id

SECTION_TEMPLATE = "comments/section.html"
SHARED_SECONDS = 600

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
    request,
    article,
    *,
    build_thread: bool = True,
    lenient_cursor: bool = True,
    state: threads.ThreadState | None = None,
    shared: bool = False,
    as_reader: bool = False,
) -> dict:
    """What section.html needs. `shared`: the thread as everyone sees it, whoever asks
    (no comment of anyone's own in any state but published); `as_reader`: drawn for a
    signed-in reader who may write, not for whoever asks."""
    user = request.user
    try:
        if not as_reader:
            access.check_can_write(user)
        write_refusal = ""
    except CommentRefused as refused:
        write_refusal = refused.message
    signed_in = as_reader or user.is_authenticated
    closed = windows.closure(article)
    context = {
        "signed_in": signed_in,
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
        "account_name": (
            (getattr(user, "profile", None) and user.profile.display_name) or user.email
            if user.is_authenticated and not as_reader
            else ""
        ),
    }
    if not build_thread:
        return context
    sort = threads.sort_named(request.GET.get("sort"))
    around = None
    target = database_id(request.GET.get("comment", ""))
    # Anything but a comment id shows the thread from its start.
    if target is not None:
        around = Comment.objects.visible_to(user).filter(pk=target, article_id=article.pk).first()
    state = state or threads.thread_state(article.pk)
    viewer = AnonymousUser() if shared else user
    try:
        page = threads.top_level_page(
            article.pk,
            viewer,
            sort=sort,
            cursor=request.GET.get("after"),
            around=around,
            state=state,
        )
    except threads.InvalidCursor:
        if not lenient_cursor:
            raise
        # A mangled link on the article page shows the thread from its start.
        page = threads.top_level_page(article.pk, viewer, sort=sort, state=state)
    first_page = around is None and not request.GET.get("after")
    context.update(
        featured=(
            list(Comment.objects.featured().filter(article_id=article.pk).for_display()[:3])
            if first_page
            else []
        ),
        page=page,
        sort=sort,
        comment_count=state.comment_count,
        form=CommentForm(),
        policy_url=_policy_url(article),
    )
    return context


def section_html(request, article, *, for_reader: bool = False) -> str:
    """The section under this article for this request. `for_reader`: the section alone,
    for a signed-in reader's browser to put in place of a shared page's (no scripts)."""
    user = request.user
    if "comment" in request.GET or "after" in request.GET:
        # A permalink or a later page: rare, and each differs; drawn when asked.
        return _drawn(request, article, for_reader)
    if user.is_authenticated:
        try:
            access.check_can_write(user)
        except CommentRefused:
            return _drawn(request, article, for_reader)
        state, own_unpublished = threads.thread_state_for(article.pk, user)
        if own_unpublished:
            return _drawn(request, article, for_reader)
    else:
        state = threads.thread_state(article.pk)
    html, entries = _shared(request, article, state, for_reader, as_reader=user.is_authenticated)
    if not user.is_authenticated:
        return html
    return cards.fill_in(html, _reader_parts(request, article, entries))


def section_for_any_reader(request, article) -> str:
    """The section as it is for every signed-in reader who may write, before their own
    parts are put in (no token, no votes, no name, nobody's own cards): the same for
    whoever asks, so it can be cached whole; the site's script puts in the reader's own
    parts from `reader_parts_json`."""
    state = threads.thread_state(article.pk)
    html, _entries = _shared(request, article, state, True, as_reader=True)
    return cards.fill_in(html, cards.ReaderParts(csrf="", form_key="", name=""))


def _shared(request, article, state, for_reader: bool, *, as_reader: bool):
    key = _shared_key(request, article, state, for_reader, as_reader)
    kept = cache.get(key)
    if kept is None:
        kept = _draw_shared(request, article, state, for_reader, as_reader)
        cache.set(key, kept, SHARED_SECONDS)
    return kept


def _drawn(request, article, for_reader: bool) -> str:
    context = {
        **section_context(request, article),
        "request": request,
        "user": request.user,
        "for_reader": for_reader,
    }
    return render_to_string(SECTION_TEMPLATE, context, request=request)


def _shared_key(request, article, state, for_reader: bool, as_reader: bool) -> str:
    parts = (
        "reader" if as_reader else "anon",
        for_reader,
        article.pk,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        page_cache.current_generation(),
        state.version,
        threads.sort_named(request.GET.get("sort")).key,
        # Open, or closed and why: the editor's choice and the windows by the clock
        # (closure() also tells the page cache when the window next changes).
        windows.closure(article),
    )
    return "section:" + hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def _draw_shared(request, article, state, for_reader: bool, as_reader: bool):
    """The section as every reader of this request's kind sees it, with markers where
    each signed-in reader's own values go; and the comments it shows, (id, author id,
    level, reply-to name), for finding a reader's own among them."""
    context = {
        **section_context(request, article, state=state, shared=True, as_reader=as_reader),
        "request": request,
        "for_reader": for_reader,
        "shared_cards": as_reader,
    }
    if as_reader:
        context |= {
            "csrf_token": cards.CSRF_MARK,
            "account_name": cards.NAME_MARK,
            "form": CommentForm(initial={"idempotency_key": cards.FORM_KEY_MARK}),
        }
    html = render_to_string(SECTION_TEMPLATE, context, request=request)
    entries = [
        (node.comment.pk, node.comment.author_id, node.level, node.reply_to)
        for node in cards.walk(context["page"].nodes)
    ]
    return html, entries


def _votes_and_reports(user_id: int, ids: list[int]) -> tuple[dict[int, int], set[int]]:
    votes, reported, _own = _marks_of(user_id, None, ids)
    return votes, reported


# What _marks_of's rows are: a vote (its value), a report, or a comment of one's own.
_REPORTED, _OWN = 0, 2


def _marks_of(
    user_id: int, article_id: int | None, ids: list[int]
) -> tuple[dict[int, int], set[int], list[int]]:
    """This reader's votes and reports on these comments and, with `article_id`, which
    of them are their own on that article: one plain SQL statement, asked on every
    signed-in page view."""
    if not ids:
        return {}, set(), []
    marks = ", ".join(["%s"] * len(ids))
    sql = (
        f"SELECT comment_id, value FROM {Vote._meta.db_table}"  # noqa: S608 - our tables
        f" WHERE user_id = %s AND comment_id IN ({marks})"
        f" UNION ALL SELECT comment_id, {_REPORTED} FROM {Report._meta.db_table}"
        f" WHERE reporter_id = %s AND comment_id IN ({marks})"
    )
    params: list = [user_id, *ids, user_id, *ids]
    if article_id is not None:
        sql += (
            f" UNION ALL SELECT id, {_OWN} FROM {Comment._meta.db_table}"  # noqa: S608
            f" WHERE author_id = %s AND article_id = %s AND id IN ({marks})"
        )
        params += [user_id, article_id, *ids]
    votes: dict[int, int] = {}
    reported: set[int] = set()
    own: list[int] = []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for comment_id, value in cursor.fetchall():
            if value == _OWN:
                own.append(comment_id)
            elif value == _REPORTED:
                reported.add(comment_id)
            else:
                votes[comment_id] = value
    return votes, reported, own


def _reader_parts(request, article, entries: list) -> cards.ReaderParts:
    user = request.user
    ids = [entry[0] for entry in entries]
    parts = cards.ReaderParts(
        csrf=get_token(request),
        form_key=new_form_key(),
        name=escape(user.profile.display_name or user.email),
    )
    if ids:
        parts.votes, parts.reported = _votes_and_reports(user.pk, ids)
    own = {pk: (level, reply_to) for pk, author, level, reply_to in entries if author == user.pk}
    if own:
        mine = Comment.objects.visible_to(user).for_display().in_bulk(list(own))
        for pk, comment in mine.items():
            level, reply_to = own[pk]
            node = threads.Node(comment, level, flat=bool(reply_to), reply_to=reply_to)
            parts.own_cards[pk] = cards.author_card(node, request, article.url)
    return parts


# How many comments a page may ask a reader's parts for (a page shows about 130).
MAX_PARTS_IDS = 500


def reader_parts(request, article_id: int, ids: list[int]) -> dict:
    """This reader's own parts of the shared section (section_for_any_reader) showing
    these comments, for the site's script to put in: their CSRF token, name, votes,
    "Reported" marks and own cards. `whole_section`: this reader needs the section drawn
    for them (a comment of theirs waiting, or they may not write): fetch it instead."""
    user = request.user
    if not user.is_authenticated:
        return {"signed_in": False}
    try:
        access.check_can_write(user)
    except CommentRefused:
        return {"signed_in": True, "whole_section": True}
    _state, own_unpublished = threads.thread_state_for(article_id, user)
    if own_unpublished:
        return {"signed_in": True, "whole_section": True}
    votes, reported, own = _marks_of(user.pk, article_id, ids[:MAX_PARTS_IDS])
    own_cards = {}
    if own:
        mine = Comment.objects.visible_to(user).for_display().select_related("parent", "article")
        for comment in mine.filter(pk__in=own, article_id=article_id):
            article = comment.article
            node = threads.Node.alone(comment)
            if comment.depth > threads.NESTED_LEVELS and comment.parent is not None:
                node.flat, node.reply_to = True, comment.parent.author_name
            own_cards[str(comment.pk)] = cards.author_card(node, request, article.url)
    return {
        "signed_in": True,
        "whole_section": False,
        "csrf": get_token(request),
        "name": user.profile.display_name or user.email,
        "votes": {str(pk): value for pk, value in votes.items()},
        "reported": sorted(reported),
        "reported_label": str(_("Reported")),
        "own": own_cards,
    }
