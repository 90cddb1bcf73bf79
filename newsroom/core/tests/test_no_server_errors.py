"""Whatever a visitor sends to the reader pages, the answer is never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.articles.tests.factories import make_article

pytestmark = pytest.mark.django_db

READER_PATHS = [
    "/en/",
    "/ar/",
    "/en/world-news/",
    "/en/world-news/feed/",
    "/en/tags/energy/",
    "/en/tags/energy/feed/",
    "/en/authors/nobody/",
    "/en/search/",
    "/en/feed/",
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/robots.txt",
]

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.sampled_from(READER_PATHS),
    name=st.sampled_from(["q", "page", "utm_source", "lang"]),
    value=text,
)
def test_odd_query_strings_never_cause_a_server_error(client, editions, path, name, value):
    response = client.get(path, {name: value})
    assert response.status_code < 500


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tail=text)
def test_odd_paths_never_cause_a_server_error(client, editions, tail):
    for prefix in ("/en/", "/en/world-news/", "/en/tags/", "/en/authors/", "/"):
        response = client.get(prefix + tail)
        assert response.status_code < 500, prefix + tail


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_writes_to_reader_pages_are_refused_without_an_error(client, editions, method):
    story = make_article()
    for url in (story.url, "/en/", "/en/search/"):
        response = getattr(client, method)(url)
        assert 400 <= response.status_code < 500 or response.status_code == 405


def test_an_unknown_host_is_a_400_not_a_500(client, editions):
    assert client.get("/en/", HTTP_HOST="evil.example").status_code == 400
