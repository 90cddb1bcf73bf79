"""The front page of an edition: lead story, section blocks, top stories, ticker."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.articles.tests.factories import make_article, make_image, make_many_articles, section

pytestmark = pytest.mark.django_db


def test_it_shows_the_lead_story_section_blocks_and_top_stories(client, editions):
    lead = make_article(title="Harbour reopens after storm", is_top_story=True)
    business = make_article(section("business"), title="Grain prices fall for a third week")
    top = make_article(section("africa"), title="Rail link opens to the coast", is_top_story=True)

    response = client.get("/en/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-label="Lead story"' in html and lead.title in html
    assert "Business" in html and business.title in html
    assert "Top stories" in html and top.title in html
    assert 'href="/en/world-news/"' in html  # the section navigation


def test_it_leaves_out_drafts(client, editions):
    make_article(title="Not ready yet", publish=False)
    assert "Not ready yet" not in client.get("/en/").content.decode()


def test_the_breaking_ticker_shows_while_the_story_is_live(client, editions):
    story = make_article(
        title="Dam evacuation ordered",
        is_breaking=True,
        breaking_until=timezone.now() + timedelta(hours=2),
    )
    html = client.get("/en/").content.decode()
    assert 'class="ticker"' in html
    assert f'href="{story.url}"' in html and "⚡" in html


def test_the_breaking_ticker_drops_an_expired_story(client, editions):
    make_article(
        title="Yesterday's emergency",
        is_breaking=True,
        breaking_until=timezone.now() - timedelta(minutes=1),
    )
    assert 'class="ticker"' not in client.get("/en/").content.decode()


def _home_queries(client) -> int:
    client.get("/en/")  # warm: renditions are generated on first sight
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/", HTTP_CACHE_CONTROL="no-cache").status_code == 200
    return len(queries)


def test_its_query_count_does_not_grow_with_the_number_of_articles(client, editions, settings):
    settings.PAGE_CACHE_SECONDS = 0
    image = make_image()
    for slug in ("world-news", "business", "africa"):
        make_many_articles(4, section(slug), image=image)
    small = _home_queries(client)
    for slug in ("world-news", "business", "africa", "india", "opinion"):
        make_many_articles(40, section(slug), image=image)
    large = _home_queries(client)
    assert small == large, f"{small} queries for 12 articles, {large} for 212"


def test_a_newly_published_top_story_shows_on_every_page_at_once(
    client, editions, django_capture_on_commit_callbacks
):
    make_article(title="Yesterday's top story", is_top_story=True)
    client.get("/en/business/")  # furniture and page now cached
    with django_capture_on_commit_callbacks(execute=True):
        make_article(section("africa"), title="Fresh top story", is_top_story=True)
    assert "Fresh top story" in client.get("/en/business/").content.decode()
