"""The JSON API (django-ninja), with an OpenAPI schema at /api/openapi.json and docs at
/api/docs: threads and counts for anyone; writing for readers' apps and the site's own
scripts; a reader's own comments and notices; the queue and decisions for moderators.

Every error is JSON, `{"detail": "…", "code": "…"}`, in words a reader can be shown.
"""

from typing import Annotated
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from pydantic import StringConstraints

from newsroom.api import auth, comment_writes, moderating, reader
from newsroom.api.answers import thread_node
from newsroom.api.auth import bearer_reader
from newsroom.api.schemas import CountsOut, ErrorOut, PostIn, ThreadOut, ThreadQuery
from newsroom.articles.addresses import normalised_page_url
from newsroom.articles.models import ArticlePage, ExternalPage
from newsroom.comments import access, threads
from newsroom.comments.models import Discussion
from newsroom.core.numbers import database_ids
from newsroom.core.page_cache import mark_shared_cacheable
from newsroom.core.refusals import Refused

api = NinjaAPI(
    title="Meridian News API",
    version="1",
    description=(
        "Read threads and comment counts; post, reply, edit, delete, vote and report; a "
        "reader's own comments and notices; the moderation queue and decisions. Apps "
        "authenticate with a personal API token made on the account page "
        "(`Authorization: Bearer nrt_…`, scoped read / write / moderate); the site's own "
        "scripts use the session with its CSRF token (`X-CSRFToken`). Every error is "
        '`{"detail": "…", "code": "…"}`.'
    ),
    urls_namespace="api",
)

MAX_COUNT_IDS = 100


class CountsQuery(Schema):
    ids: str = Field(
        description="Article ids separated by commas, at most 100.",
        pattern=r"^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$",
    )


class UrlCountsQuery(Schema):
    url: list[Annotated[str, StringConstraints(max_length=2000)]] = Field(
        description="The addresses of articles (absolute or just the path), repeated: "
        "url=…&url=…, at most 100.",
        min_length=1,
        max_length=MAX_COUNT_IDS,
    )


class UrlCountsOut(Schema):
    counts: dict[str, int | None] = Field(
        description="Each address as asked, with its count; null for no article of ours."
    )


def _error(request, status: int, detail: str, code: str):
    # The JSON of every refusal on the site (core/refusals.py), with a code for apps.
    body = {"ok": False, "message": detail, "detail": detail, "code": code}
    return api.create_response(request, body, status=status)


REFUSAL_CODES = {400: "invalid", 401: "sign_in", 409: "conflict", 429: "rate_limited"}


@api.exception_handler(Refused)
def _refused(request, refused: Refused):
    """Every refusal family (comments, moderation, ...) answered the one way."""
    return _error(
        request, refused.status, refused.message, REFUSAL_CODES.get(refused.status, "refused")
    )


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(
        request, 404, _("There is no such thing here, or you may not see it."), "not_found"
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    message = _(
        "Sign in, or send a personal API token from your account page: "
        "Authorization: Bearer <token>."
    )
    return _error(request, 401, message, "sign_in")


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    codes = {400: "invalid", 401: "sign_in", 403: "forbidden", 404: "not_found"}
    return _error(request, exc.status_code, str(exc), codes.get(exc.status_code, "error"))


@api.exception_handler(ValidationError)
def _invalid(request, exc: ValidationError):
    """Bad input: one sentence naming each field and what is wrong with it."""
    problems = []
    for error in exc.errors:
        where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        problems.append(f"{where}: {error.get('msg', 'not valid')}")
    detail = _("The request is not valid. %(problems)s") % {"problems": "; ".join(problems)}
    return api.create_response(
        request,
        {
            "ok": False,
            "message": detail,
            "detail": detail,
            "code": "invalid",
            "errors": [
                {"where": list(error.get("loc", ())), "problem": error.get("msg", "")}
                for error in exc.errors
            ],
        },
        status=400,
    )


def _cacheable_for_readers(request, data, status=200):
    response = api.create_response(request, data, status=status)
    if not request.user.is_authenticated:
        mark_shared_cacheable(response, settings.COMMENTS_CACHE_SECONDS)
    return response


@api.get(
    "/articles/{id:article_id}/comments",
    response={200: ThreadOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    tags=["comments"],
)
def article_comments(request, article_id: int, query: Query[ThreadQuery]):
    """One page of an article's top-level comments, replies nested; follow next_cursor.
    With a token (any scope) the reader also sees their own comments awaiting moderation."""
    bearer_reader(request)
    article = access.get_article(request, article_id)
    if query.sort not in threads.SORTS:
        raise HttpError(400, f"sort must be one of: {', '.join(threads.SORTS)}")
    try:
        page = threads.top_level_page(
            article.pk, request.user, sort=threads.SORTS[query.sort], cursor=query.cursor
        )
    except threads.InvalidCursor as invalid:
        raise HttpError(400, str(invalid)) from None
    discussion = Discussion.objects.filter(pk=article.pk).first()
    data = {
        "article": article.pk,
        "sort": page.sort.key,
        "comment_count": discussion.comment_count if discussion else 0,
        "items": [thread_node(node) for node in page.nodes],
        "next_cursor": page.next_cursor,
    }
    return _cacheable_for_readers(request, data)


@api.get(
    "/comment-counts",
    response={200: CountsOut, 400: ErrorOut, 401: ErrorOut},
    tags=["comments"],
)
def comment_counts(request, ids: Query[CountsQuery]):
    """Comment counts for up to 100 articles: ids=1,2,3."""
    bearer_reader(request)
    wanted = database_ids(ids.ids)
    if wanted is None:
        raise HttpError(400, "ids must be article ids separated by commas.")
    if len(wanted) > MAX_COUNT_IDS:
        raise HttpError(400, f"Ask for at most {MAX_COUNT_IDS} articles at a time.")
    readable = access.readable_article_ids(request, wanted)
    found = dict(
        Discussion.objects.filter(pk__in=readable).values_list("article_id", "comment_count")
    )
    return _cacheable_for_readers(request, {"counts": {pk: found.get(pk, 0) for pk in wanted}})


def _path_of(address: str) -> str:
    try:
        path = urlsplit(address.strip()).path
    except ValueError:
        return ""
    return path if path.endswith("/") else f"{path}/"


@api.get(
    "/comment-counts/by-url",
    response={200: UrlCountsOut, 400: ErrorOut, 401: ErrorOut},
    tags=["comments"],
)
def comment_counts_by_url(request, query: Query[UrlCountsQuery]):
    """Comment counts for up to 100 addresses in one request (for lists of links on other
    sites): of our articles, and of other sites' pages that embed a thread of their own.
    Public counts, so any site's script may read them (CORS *)."""
    bearer_reader(request)
    paths = {address: _path_of(address) for address in query.url}
    slugs = {path.rstrip("/").rsplit("/", 1)[-1] for path in paths.values()} - {""}
    articles = ArticlePage.objects.listed().filter(slug__in=slugs).defer_streamfields()
    by_path = {_path_of(article.get_url(request) or ""): article.pk for article in articles}
    # Pages of other sites with threads of their own, by their address in its one form.
    normal = {address: normalised_page_url(address) or "" for address in query.url}
    elsewhere = dict(
        ExternalPage.objects.filter(url__in=set(normal.values()) - {""}).values_list(
            "url", "article_id"
        )
    )
    wanted = [*by_path.values(), *elsewhere.values()]
    readable = access.readable_article_ids(request, wanted)
    found = dict(
        Discussion.objects.filter(pk__in=readable).values_list("article_id", "comment_count")
    )
    counts: dict[str, int | None] = {}
    for address, path in paths.items():
        article_id = elsewhere.get(normal[address]) or by_path.get(path)
        counts[address] = found.get(article_id, 0) if article_id in readable else None
    response = _cacheable_for_readers(request, {"counts": counts})
    response["Access-Control-Allow-Origin"] = "*"
    return response


# Beside the thread it adds to: ninja answers one path from one router.
@api.post(
    "/articles/{id:article_id}/comments",
    response=comment_writes.POSTED,
    auth=auth.WRITE,
    tags=["writing"],
)
def post_comment(request, article_id: int, data: PostIn):
    """Post a top-level comment. It is screened as on the site: it may be published,
    held for a moderator (`status: pending`, with the reason) or rejected; a likely
    toxic one gets one warning first (422, `code: warning`), saving nothing."""
    article = access.get_article_for_commenting(request, article_id)
    return comment_writes.post(request, article, None, data)


api.add_router("", comment_writes.router)
api.add_router("/me", reader.router)
api.add_router("/moderation", moderating.router)
