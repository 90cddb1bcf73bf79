"""RSS feeds for the edition, each section and each tag, read back with feedparser."""

import feedparser
import pytest

from newsroom.articles.tests.factories import make_article, make_author, section

pytestmark = pytest.mark.django_db


def _parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_the_edition_feed_holds_its_newest_articles(client, editions, settings):
    author = make_author("Priya Raman")
    story = make_article(title="Monsoon arrives early", tags=("climate",), authors=(author,))
    make_article(section("business"), title="Shipping rates climb")
    make_article(section(language="es"), title="Llega el monzón")

    feed = _parse(client, "/en/feed/")

    titles = [entry.title for entry in feed.entries]
    assert titles[:2] == ["Shipping rates climb", "Monsoon arrives early"]
    assert "Llega el monzón" not in titles
    entry = feed.entries[1]
    assert entry.link == f"{settings.SITE_URL}{story.url}"
    assert entry.id == entry.link
    assert entry.summary == story.standfirst
    assert entry.author == "Priya Raman"
    assert [tag.term for tag in entry.tags] == ["climate"]
    assert entry.published_parsed is not None
    assert feed.feed.language == "en"


def test_a_section_feed_holds_only_that_section(client, editions):
    make_article(title="World story")
    make_article(section("business"), title="Business story")
    feed = _parse(client, "/en/business/feed/")
    assert [entry.title for entry in feed.entries] == ["Business story"]
    assert "Business" in feed.feed.title


def test_a_tag_feed_holds_only_that_tag(client, editions):
    make_article(title="Solar auction", tags=("energy",))
    make_article(title="Cup final", tags=("sport",))
    feed = _parse(client, "/en/tags/energy/feed/")
    assert [entry.title for entry in feed.entries] == ["Solar auction"]


def test_the_arabic_feed_is_in_arabic(client, editions):
    make_article(section(language="ar"), title="افتتاح خط السكك الحديدية")
    feed = _parse(client, "/ar/feed/")
    assert feed.feed.language == "ar"
    assert feed.entries[0].title == "افتتاح خط السكك الحديدية"
