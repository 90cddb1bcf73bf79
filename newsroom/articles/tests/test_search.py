"""Full-text search: SQLite FTS5 on the embedded default, PostgreSQL full text when scaled."""

import pytest

from newsroom.articles.tests.factories import make_article, section

pytestmark = pytest.mark.django_db


def test_it_finds_articles_by_words_in_headline_standfirst_and_body(client, editions):
    by_title = make_article(title="Glacier retreat speeds up")
    by_body = make_article(
        title="Mountain villages adapt",
        body=[("paragraph", "<p>Herders say the glacier has shrunk in a decade.</p>")],
    )
    other = make_article(title="Port strike ends")

    html = client.get("/en/search/", {"q": "glacier"}).content.decode()

    assert by_title.title in html and by_body.title in html
    assert other.title not in html
    assert "2 results for “glacier”" in html


def test_it_searches_only_the_current_edition(client, editions):
    make_article(section(language="es"), title="Glaciar en retroceso glacier")
    html = client.get("/en/search/", {"q": "glacier"}).content.decode()
    assert "0 results" in html


def test_it_leaves_out_drafts(client, editions):
    make_article(title="Secret glacier plan", publish=False)
    assert "Secret glacier plan" not in client.get("/en/search/", {"q": "glacier"}).content.decode()


@pytest.mark.parametrize(
    "query", ["", "   ", '"', "AND OR NOT", "*", "x" * 5000, "(unbalanced", "ü ✓ 🙂"]
)
def test_odd_queries_get_a_page_not_an_error(client, editions, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


@pytest.mark.parametrize(
    "query", ['"', 'glacier"', '"glacier', "gla\x00cier", "\x00", "glacier*)", "NEAR(glacier", "^"]
)
def test_full_text_syntax_and_nul_in_a_query_are_not_a_server_error(client, editions, query):
    # The attack: '"' or NUL reached SQLite's FTS5 MATCH as syntax, and the page was a 500.
    make_article(title="Glacier retreat speeds up")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


def test_quotes_and_punctuation_around_words_still_find_them(client, editions):
    story = make_article(title="Glacier retreat speeds up")
    for query in ['"glacier retreat"', "glacier, retreat!", "(glacier)"]:
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert story.title in html, query
