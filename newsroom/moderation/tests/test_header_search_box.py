"""The header's search box shows the words of a search, never another page's query
string (the moderation queue's filters were showing up in it)."""

import re

import pytest

pytestmark = pytest.mark.django_db


def _search_box_value(html: str) -> str:
    match = re.search(r'<input id="site-search"[^>]*value="([^"]*)"', html)
    assert match, "no header search box"
    return match.group(1)


def test_the_queue_does_not_put_its_filters_in_the_search_box(client, editions, moderator):
    client.force_login(moderator)
    for path in ["/moderation/?tab=pending&order=priority", "/moderation/log/?action=held"]:
        assert _search_box_value(client.get(path).text) == ""


def test_a_search_shows_its_words_in_the_search_box(client, editions):
    assert _search_box_value(client.get("/en/search/?q=dam+holds").text) == "dam holds"
