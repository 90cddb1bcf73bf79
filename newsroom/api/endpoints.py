"""The JSON API (django-ninja): read endpoints for apps and embeds, with an OpenAPI schema
at /api/openapi.json and interactive docs at /api/docs."""

from datetime import datetime

from django.conf import settings
from django.http import Http404
from ninja import NinjaAPI, Query, Schema

from newsroom.comments import access, threads
from newsroom.comments.models import Discussion
from newsroom.core.numbers import database_ids
from newsroom.core.page_cache import mark_shared_cacheable
from newsroom.core.refusals import Refused, as_json

api = NinjaAPI(
    title="Meridian News API",
    version="1",
    description="Read a thread's comments page by page, and comment counts for articles.",
    urls_namespace="api",
)


@api.exception_handler(Refused)
def _refused(request, refused):
    """A refusal here is answered as every other one on the site is, in JSON."""
    return as_json(refused)


MAX_COUNT_IDS = 100


class CommentOut(Schema):
    id: int
    parent: int | None
    author: str
    html: str
    created_at: datetime
    edited: bool
    deleted: bool
    score: int
    reply_count: int
    more_replies: int
    replies: list["CommentOut"]


class ThreadOut(Schema):
    article: int
    sort: str
    comment_count: int
    items: list[CommentOut]
    next_cursor: str | None


class ThreadQuery(Schema):
    sort: str = "updated"
    cursor: str | None = None


class CountsOut(Schema):
    counts: dict[int, int]


def _comment_out(node: threads.Node) -> dict:
    comment = node.comment
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "author": comment.author_name,
        "html": "" if comment.is_deleted else comment.body_html,
        "created_at": comment.created_at,
        "edited": comment.is_edited,
        "deleted": comment.is_deleted,
        "score": comment.score,
        "reply_count": comment.reply_count,
        "more_replies": node.more_replies,
        "replies": [_comment_out(child) for child in node.children],
    }


def _cacheable_for_readers(request, data, status=200):
    response = api.create_response(request, data, status=status)
    if not request.user.is_authenticated:
        mark_shared_cacheable(response, settings.COMMENTS_CACHE_SECONDS)
    return response


@api.get("/articles/{id:article_id}/comments", response=ThreadOut, tags=["comments"])
def article_comments(request, article_id: int, query: Query[ThreadQuery]):
    """One page of an article's top-level comments, replies nested; follow next_cursor."""
    try:
        article = access.get_article(request, article_id)
    except Http404:
        raise Refused("There is no such article.", status=404) from None
    if query.sort not in threads.SORTS:
        raise Refused(f"sort must be one of: {', '.join(threads.SORTS)}")
    try:
        page = threads.top_level_page(
            article.pk, request.user, sort=threads.SORTS[query.sort], cursor=query.cursor
        )
    except threads.InvalidCursor as invalid:
        raise Refused(str(invalid)) from None
    discussion = Discussion.objects.filter(pk=article.pk).first()
    data = {
        "article": article.pk,
        "sort": page.sort.key,
        "comment_count": discussion.comment_count if discussion else 0,
        "items": [_comment_out(node) for node in page.nodes],
        "next_cursor": page.next_cursor,
    }
    return _cacheable_for_readers(request, data)


@api.get("/comment-counts", response=CountsOut, tags=["comments"])
def comment_counts(request, ids: str):
    """Comment counts for up to 100 articles: ids=1,2,3."""
    wanted = database_ids(ids)
    if wanted is None:
        raise Refused("ids must be article ids separated by commas.")
    if len(wanted) > MAX_COUNT_IDS:
        raise Refused(f"Ask for at most {MAX_COUNT_IDS} articles at a time.")
    readable = access.readable_article_ids(request, wanted)
    found = dict(
        Discussion.objects.filter(pk__in=readable).values_list("article_id", "comment_count")
    )
    return _cacheable_for_readers(request, {"counts": {pk: found.get(pk, 0) for pk in wanted}})
