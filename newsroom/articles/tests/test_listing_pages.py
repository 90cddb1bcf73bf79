"""Section, tag and author listings: what they list, in which order, and their paging."""

import pytest

from newsroom.articles.models import SECTION_PAGE_SIZE
from newsroom.articles.tests.factories import make_article, make_author, make_many_articles, section

pytestmark = pytest.mark.django_db


def test_a_section_lists_its_own_articles_newest_first(client, editions):
    older = make_article(title="Older world story")
    newer = make_article(title="Newer world story")
    newer.published_at = older.published_at.replace(year=older.published_at.year + 1)
    newer.save_revision().publish()
    elsewhere = make_article(section("business"), title="A business story")

    html = client.get("/en/world-news/").content.decode()

    assert '<h1 class="listing-heading">World News</h1>' in html
    assert html.index(newer.title) < html.index(older.title)
    assert elsewhere.title not in html


def test_a_section_is_paginated(client, editions):
    make_many_articles(SECTION_PAGE_SIZE + 5)
    first = client.get("/en/world-news/").content.decode()
    second = client.get("/en/world-news/?page=2").content.decode()
    assert first.count('class="card"') == SECTION_PAGE_SIZE
    assert second.count('class="card"') == 5
    assert 'rel="next" href="?page=2"' in first and 'rel="prev"' in second


@pytest.mark.parametrize("page", ["99", "abc", "-1", "0"])
def test_a_bad_page_number_is_a_clear_404(client, editions, page):
    response = client.get(f"/en/world-news/?page={page}")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_a_tag_page_lists_the_editions_articles_with_that_tag(client, editions):
    tagged = make_article(title="Wind farm approved", tags=("energy",))
    untagged = make_article(title="Cup final tonight", tags=("sport",))
    spanish = make_article(section(language="es"), title="Parque eólico", tags=("energy",))

    html = client.get("/en/tags/energy/").content.decode()

    assert "Stories tagged “energy”" in html
    assert tagged.title in html
    assert untagged.title not in html and spanish.title not in html


def test_an_unknown_tag_is_not_found(client, editions):
    assert client.get("/en/tags/no-such-tag/").status_code == 404


def test_an_author_page_lists_their_articles(client, editions):
    author = make_author("Daniel Okafor", slug="daniel-okafor")
    theirs = make_article(title="Election day in the capital", authors=(author,))
    someone_elses = make_article(title="Markets steady")

    html = client.get("/en/authors/daniel-okafor/").content.decode()

    assert "Daniel Okafor" in html and "Correspondent" in html
    assert theirs.title in html and someone_elses.title not in html


def test_an_unknown_author_is_not_found(client, editions):
    assert client.get("/en/authors/nobody/").status_code == 404
