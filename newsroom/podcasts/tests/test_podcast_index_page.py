"""The podcasts page of an edition (/en/podcasts/): its shows, and their feeds announced."""

import pytest
from bs4 import BeautifulSoup

from newsroom.articles.editions import language_codes
from newsroom.podcasts.tests.factories import make_episode, make_show, podcasts_page

pytestmark = pytest.mark.django_db


def test_it_lists_the_shows_and_links_their_feeds_for_podcast_apps(client, editions, settings):
    show = make_show(title="The Briefing")
    make_episode(show, title="Harbour reopens")
    other = make_show(title="Long Read")

    response = client.get("/en/podcasts/")

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    feeds = page.select('head link[rel="alternate"][type="application/rss+xml"]')
    announced = {link["title"]: link["href"] for link in feeds}
    assert announced["The Briefing"] == settings.SITE_URL + show.url + "feed/"
    assert announced["Long Read"] == settings.SITE_URL + other.url + "feed/"
    assert page.select_one("h1").get_text() == "Podcasts"
    assert page.find("a", string="The Briefing")["href"] == show.url
    assert page.find("a", string="Harbour reopens")
    assert response["X-Page-Cache"] == "miss"


def test_every_edition_has_its_podcasts_page_in_its_language(client, editions):
    for language in language_codes():
        podcasts_page(language)
        response = client.get(f"/{language}/podcasts/")
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()
    assert "Подкасти" in client.get("/sr/podcasts/").content.decode()


def test_an_empty_podcasts_page_says_so(client, editions):
    podcasts_page()
    assert "No podcasts yet." in client.get("/en/podcasts/").content.decode()


def test_a_show_in_another_edition_is_not_listed(client, editions):
    make_show("es", title="El Resumen")
    assert "El Resumen" not in client.get("/en/podcasts/").content.decode()
