"""The anonymous page cache: hits, what it never caches, and invalidation on publish."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone

from newsroom.articles.tests.factories import make_article
from newsroom.core import page_cache

pytestmark = pytest.mark.django_db


def test_a_second_anonymous_read_is_served_from_the_cache(client, editions):
    story = make_article()
    assert client.get(story.url)["X-Page-Cache"] == "miss"
    second = client.get(story.url)
    assert second["X-Page-Cache"] == "hit"
    assert story.title in second.content.decode()


def test_a_signed_in_reader_is_never_served_or_stored(client, editions, reader):
    story = make_article()
    client.force_login(reader)
    assert "X-Page-Cache" not in client.get(story.url)
    client.logout()
    assert client.get(story.url)["X-Page-Cache"] == "miss"


def test_publishing_a_change_empties_the_cache_at_once(
    client, editions, django_capture_on_commit_callbacks
):
    story = make_article(title="First headline")
    client.get(story.url)
    with django_capture_on_commit_callbacks(execute=True):
        story.title = "Corrected headline"
        story.save_revision().publish()
    response = client.get(story.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Corrected headline" in response.content.decode()


def test_unpublishing_removes_the_page_from_the_cache(
    client, editions, django_capture_on_commit_callbacks
):
    story = make_article()
    client.get(story.url)
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert client.get(story.url).status_code == 404


def test_search_results_and_errors_are_not_cached(client, editions):
    client.get("/en/search/?q=harbour")
    assert "X-Page-Cache" not in client.get("/en/search/?q=harbour")
    client.get("/en/no-such-page/")
    assert client.get("/en/no-such-page/").status_code == 404


def test_feeds_and_sitemaps_are_cached(client, editions):
    for url in ("/en/feed/", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt"):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def test_a_cached_page_sets_no_cookies(client, editions):
    story = make_article()
    client.get(story.url)
    assert not client.get(story.url).cookies


def test_the_generation_changes_on_every_invalidation(editions):
    before = page_cache.current_generation()
    page_cache.invalidate()
    middle = page_cache.current_generation()
    page_cache.invalidate()
    assert len({before, middle, page_cache.current_generation()}) == 3


def test_a_cache_that_loses_the_generation_keeps_it(editions, monkeypatch):
    # A flushed or evicted Redis key is not a publish: the generation must not change
    # halfway through a request because the process's memo ran out at that moment.
    before = page_cache.current_generation()
    cache.clear()
    monkeypatch.setitem(page_cache._memo, "until", 0.0)
    assert page_cache.current_generation() == before


def test_a_page_with_a_breaking_story_is_kept_only_until_the_story_expires(client, editions):
    make_article(
        title="Dam evacuation ordered",
        is_breaking=True,
        breaking_until=timezone.now() + timedelta(minutes=2),
    )
    client.get("/en/")
    with time_machine.travel(timezone.now() + timedelta(seconds=110)):
        kept = client.get("/en/")  # ten seconds before the story expires
        assert kept["X-Page-Cache"] == "hit"
        assert 'class="ticker"' in kept.content.decode()
    with time_machine.travel(timezone.now() + timedelta(seconds=121)):
        # The ticker's story has expired; its cached pages (and furniture) go with it.
        response = client.get("/en/")
        assert response["X-Page-Cache"] == "miss"
        assert 'class="ticker"' not in response.content.decode()


def test_a_stale_page_is_rebuilt_by_one_request_while_others_get_the_stale_copy(client, editions):
    story = make_article(title="Old headline")
    client.get(story.url)
    key = page_cache._request_key(RequestFactory().get(story.url))
    status, headers, content, _fresh_until, shared = cache.get(key)
    cache.set(key, (status, headers, content, time.time() - 1, shared), 60)  # gone stale
    assert cache.add(f"{key}:rebuild", 1, 10)  # another request is rebuilding it
    others = client.get(story.url)
    assert others["X-Page-Cache"] == "stale" and others.content == content
    cache.delete(f"{key}:rebuild")
    rebuilder = client.get(story.url)
    assert rebuilder["X-Page-Cache"] == "miss"
    assert client.get(story.url)["X-Page-Cache"] == "hit"


def test_the_asgi_fast_path_serves_only_fresh_pages(client, editions):
    import asyncio
    import threading

    def lookup(scope):
        # In a thread with its own event loop: the browser tests' Playwright may keep
        # one running in this one.
        found = []
        worker = threading.Thread(
            target=lambda: found.append(asyncio.run(page_cache.lookup_for_scope(scope)))
        )
        worker.start()
        worker.join(timeout=30)
        return found[0]

    story = make_article()
    client.get(story.url)
    scope = {"type": "http", "method": "GET", "path": story.url, "query_string": b"",
             "headers": [(b"host", b"testserver")]}  # fmt: skip
    assert lookup(scope) is not None
    key = page_cache._scope_key(scope)
    status, headers, content, _fresh_until, shared = cache.get(key)
    cache.set(key, (status, headers, content, time.time() - 1, shared), 60)
    assert lookup(scope) is None


def test_a_password_put_on_a_section_keeps_its_cached_pages_from_anonymous_readers(
    client, editions, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    story = make_article(title="Soon behind a password")
    assert client.get(story.url)["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=story.get_parent(), restriction_type="password", password="x"
        )
    answer = client.get(story.url)
    assert "Soon behind a password" not in answer.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.all().delete()
    assert "Soon behind a password" in client.get(story.url).content.decode()
