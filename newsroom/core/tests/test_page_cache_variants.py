"""The page cache keeps apart every variant a cached view answers with: an htmx
request's fragment is never served to a browser asking for the page, nor the other way
round (the red-team poisoned "Sort by" and "Load more" with a few such requests)."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.core import page_cache

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def story(editions, reader):
    article = make_article(title="Harbour reopens")
    make_comment(article=article, author=reader, body="Good news for the fishermen")
    return article


def _cached_urls(story):
    return [
        story.url,
        story.get_parent().url,
        "/en/",
        reverse("comments:thread", args=[story.pk]) + "?sort=newest",
        f"/api/articles/{story.pk}/comments",
        f"/api/comment-counts?ids={story.pk}",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/robots.txt",
        "/en/feed/",
        "/en/newsletter/",
    ]


def test_an_htmx_request_first_does_not_poison_the_page_for_browsers(client, story):
    for url in _cached_urls(story):
        page_cache.invalidate()
        client.get(url, headers=HTMX)
        page = client.get(url)
        page_cache.invalidate()
        fresh_page = client.get(url)
        assert page.status_code == 200, url
        assert page.content == fresh_page.content, url


def test_the_thread_endpoint_answers_each_variant_from_its_own_entry(client, story):
    url = reverse("comments:thread", args=[story.pk]) + "?sort=newest"
    fragment = client.get(url, headers=HTMX)
    assert fragment["X-Page-Cache"] == "miss"
    assert "<html" not in fragment.content.decode()
    page = client.get(url)
    assert page["X-Page-Cache"] == "miss" and "<html" in page.content.decode()
    again = client.get(url, headers=HTMX)
    assert again["X-Page-Cache"] == "hit" and again.content == fragment.content
    assert "HX-Request" in page["Vary"]


def test_a_response_varying_by_an_unkeyed_header_is_not_stored(settings, rf: RequestFactory):
    def view(request):
        response = HttpResponse(f"for {request.headers.get('User-Agent')}")
        response["Vary"] = "User-Agent"
        return page_cache.mark_shared_cacheable(response)

    middleware = page_cache.PageCacheMiddleware(view)
    request = rf.get("/somewhere/", headers={"User-Agent": "de"})
    request.COOKIES = {}
    assert "X-Page-Cache" not in middleware(request)
    second = rf.get("/somewhere/", headers={"User-Agent": "fr"})
    second.COOKIES = {}
    assert middleware(second).content == b"for fr"


def test_the_asgi_lookup_keys_the_htmx_header_as_django_does(story, client):
    url = reverse("comments:thread", args=[story.pk])
    client.get(url, headers=HTMX)
    scope = {
        "type": "http",
        "method": "GET",
        "path": url,
        "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"hx-request", b"true")],
    }
    plain = {**scope, "headers": [(b"host", b"testserver")]}
    assert page_cache._scope_key(scope) == page_cache._request_key(
        RequestFactory().get(url, headers=HTMX)
    )
    assert page_cache._scope_key(plain) != page_cache._scope_key(scope)
