"""The article page, as PRODUCT.md describes it, and its metadata for the outside world."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.articles.tests.factories import (
    make_article,
    make_author,
    make_image,
    make_many_articles,
    section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(editions):
    other = make_article(title="Ferry fares to double next spring", tags=("transport",))
    author = make_author("Amira Haddad", slug="amira-haddad")
    return make_article(
        title="Port strike halts grain exports",
        standfirst="Dockworkers walked out at dawn over a pay offer.",
        label="analysis",
        tags=("trade", "transport"),
        authors=(author,),
        body=[
            ("paragraph", "<p>The strike began at six.</p>"),
            ("quote", {"text": "We will stay out.", "attribution": "Union leader"}),
            ("read_more", {"article": other}),
        ],
    )


def test_it_shows_the_story_with_breadcrumb_dateline_and_hero(client, story):
    response = client.get(story.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'class="breadcrumb".*?Home.*?World News', html, re.S)
    assert '<h1 class="article__headline">Port strike halts grain exports</h1>' in html
    assert "Dockworkers walked out at dawn over a pay offer." in html
    assert story.published_at.strftime("%Y") in html and 'class="dateline"' in html
    assert "ANALYSIS" in html.upper() and "story-label--analysis" in html
    assert "Crowds gather at the harbour." in html and "© Test Agency / A. Photographer" in html
    assert "srcset=" in html  # renditions at several widths


def test_it_shows_quotes_read_more_links_tags_and_author(client, story):
    html = client.get(story.url).content.decode()
    assert "<blockquote><p>We will stay out.</p></blockquote>" in html
    assert re.search(r'class="read-more">.*Read more.*Ferry fares to double next spring', html)
    assert 'href="/en/tags/trade/"' in html and 'href="/en/tags/transport/"' in html
    assert 'href="/en/authors/amira-haddad/"' in html


def test_share_links_load_nothing_from_third_parties(client, story):
    html = client.get(story.url).content.decode()
    share = html[html.index('class="share"') :]
    share = share[: share.index("</section>")]
    for network in ("x.com/intent", "facebook.com/sharer", "wa.me", "t.me/share", "mailto:"):
        assert network in share
    sources = re.findall(r"<script[^>]*\bsrc=\"([^\"]*)\"", html)
    assert all(source.startswith("/static/") for source in sources), sources  # our own only
    assert "<iframe" not in html


def test_it_lists_related_stories_by_shared_tags(client, story):
    both = make_article(title="Customs queues grow at the border", tags=("trade", "transport"))
    one = make_article(title="Airline adds routes", tags=("transport",))
    unrelated = make_article(title="Film festival opens", tags=("film",))
    html = client.get(story.url).content.decode()
    related = html[html.index('id="related-heading"') :]
    assert both.title in related and one.title in related
    assert related.index(both.title) < related.index(one.title)
    assert unrelated.title not in related


def test_top_stories_sidebar_leaves_out_the_story_itself(client, story):
    make_article(title="Top one", is_top_story=True)
    story.is_top_story = True
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    sidebar = html[html.index('id="top-stories-heading"') :]
    assert "Top one" in sidebar and story.title not in sidebar[: sidebar.index("</section>")]


def test_its_json_ld_describes_a_news_article(client, story, settings):
    html = client.get(story.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == story.title
    assert data["datePublished"].startswith(story.published_at.isoformat()[:16])
    assert data["dateModified"]
    assert data["author"][0]["name"] == "Amira Haddad"
    assert data["image"][0].startswith(f"{settings.SITE_URL}/media/")
    assert data["publisher"]["name"] == "Meridian News"


def test_json_ld_cannot_be_closed_by_a_headline(client, editions):
    story = make_article(title="</script><script>alert(1)</script>")
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)" not in html


def test_it_carries_open_graph_twitter_and_canonical_tags(client, story, settings):
    html = client.get(story.url).content.decode()
    url = f"{settings.SITE_URL}{story.url}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert f'<meta property="og:image" content="{settings.SITE_URL}/media/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_a_draft_is_not_found(client, editions):
    draft = make_article(title="Unpublished", publish=False)
    assert client.get(f"/en/world-news/{draft.slug}/").status_code == 404


def _article_queries(client, url) -> int:
    client.get(url)  # renditions are generated on first sight
    cache.clear()  # measure a cold render: no fragments, no furniture
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_its_query_count_does_not_grow_with_the_number_of_articles(client, story, settings):
    settings.PAGE_CACHE_SECONDS = 0
    image = make_image()
    make_many_articles(10, image=image)
    small = _article_queries(client, story.url)
    make_many_articles(190, image=image)
    make_many_articles(20, section("business"), image=image)
    assert _article_queries(client, story.url) == small


def test_a_published_correction_shows_even_where_fragments_were_cached(
    client, story, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(story.url)
    with django_capture_on_commit_callbacks(execute=True):
        story.standfirst = "Corrected: the walkout began at noon."
        story.save_revision().publish()
    assert "Corrected: the walkout began at noon." in client.get(story.url).content.decode()
