"""The latest episode on the front page and beside every article, with "All podcasts"."""

import pytest
from bs4 import BeautifulSoup

from newsroom.articles.tests.factories import make_article
from newsroom.podcasts.tests.factories import make_episode, make_show

pytestmark = pytest.mark.django_db


def _block(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page.select_one(".latest-episode")


def test_the_front_page_shows_the_newest_episode_with_a_player(client, editions):
    show = make_show(title="The Briefing")
    make_episode(show, title="Older")
    newest = make_episode(show, title="Newest")

    block = _block(client, "/en/")

    assert block.select_one("h3 a")["href"] == newest.url
    assert block.select_one("h3").get_text() == "Newest"
    assert block.find("a", string="The Briefing")["href"] == show.url
    assert block.find("a", string="All podcasts")["href"] == "/en/podcasts/"
    assert block.select_one("audio")["src"] == newest.audio.get_absolute_url()


def test_the_article_page_shows_it_in_the_sidebar(client, editions):
    episode = make_episode(make_show())
    story = make_article()

    page = BeautifulSoup(client.get(story.url).content, "html.parser")

    block = page.select_one("aside.sidebar .latest-episode")
    assert block.select_one("h3 a")["href"] == episode.url
    assert block.find("a", string="All podcasts")


def test_no_block_without_an_episode_in_this_edition(client, editions):
    make_episode(make_show("es"))
    assert _block(client, "/en/") is None
    assert _block(client, "/es/") is not None


def test_publishing_an_episode_refreshes_cached_pages_at_once(
    client, editions, django_capture_on_commit_callbacks
):
    show = make_show()
    make_episode(show, title="Yesterday's episode")
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        make_episode(show, title="Today's episode")

    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "Today&#x27;s episode" in response.content.decode()
