"""sitemap.xml, the news sitemap (last 48 hours) and robots.txt."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from newsroom.articles.tests.factories import make_article, section

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def _xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def test_the_sitemap_lists_every_live_page_of_every_edition(client, editions):
    story = make_article(title="Listed story")
    arabic = make_article(section(language="ar"), title="قصة")
    draft = make_article(title="Draft story", publish=False)

    locations = [loc.text for loc in _xml(client, "/sitemap.xml").findall("s:url/s:loc", NS)]

    assert any(loc.endswith(story.url) for loc in locations)
    assert any(loc.endswith(arabic.url) for loc in locations)
    assert any(loc.endswith("/ar/") for loc in locations)
    assert any(loc.endswith("/sr/world-news/") for loc in locations)
    assert not any(draft.slug in loc for loc in locations)


def test_the_news_sitemap_holds_articles_of_the_last_48_hours(client, editions):
    fresh = make_article(title="Fresh story", tags=("trade",))
    make_article(title="Old story", published_at=timezone.now() - timedelta(hours=49))

    root = _xml(client, "/news-sitemap.xml")

    entries = root.findall("s:url", NS)
    assert [e.find("news:news/news:title", NS).text for e in entries] == ["Fresh story"]
    news = entries[0].find("news:news", NS)
    assert news.find("news:publication/news:name", NS).text == "Meridian News"
    assert news.find("news:publication/news:language", NS).text == "en"
    assert news.find("news:publication_date", NS).text.startswith(str(fresh.published_at.year))
    assert news.find("news:keywords", NS).text == "trade"


def test_robots_txt_points_to_both_sitemaps_and_keeps_crawlers_out_of_admin(client, editions):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/news-sitemap.xml" in text
