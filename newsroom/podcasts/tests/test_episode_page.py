"""An episode's page: show notes, details and the player, which works without JavaScript."""

import pytest
from bs4 import BeautifulSoup

from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show

pytestmark = pytest.mark.django_db


@pytest.fixture
def episode(editions):
    show = make_show(title="The Briefing")
    return make_episode(
        show,
        title="Harbour reopens",
        show_notes="<p>Crews worked <b>through the night</b>.</p>",
        audio=make_audio(seconds=4),
        season=1,
        episode_number=3,
    )


def test_it_shows_the_episode_its_notes_and_details(client, episode):
    response = client.get(episode.url)

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("h1").get_text() == "Harbour reopens"
    assert page.select_one(".episode__notes b").get_text() == "through the night"
    meta = page.select_one(".episode-meta").get_text()
    assert "Season 1 · Episode 3" in meta
    assert "0:04" in meta
    assert page.select_one('.breadcrumb a[href="/en/podcasts/"]').get_text() == "Podcasts"
    feed = page.select_one('head link[rel="alternate"][title="The Briefing"]')
    assert feed["href"].endswith(episode.show.url + "feed/")


def test_the_player_is_native_audio_first_with_labelled_controls_for_scripts(client, episode):
    page = BeautifulSoup(client.get(episode.url).content, "html.parser")
    player = page.select_one("[data-player]")

    audio = player.select_one("audio")
    assert audio.has_attr("controls")  # the player without JavaScript
    assert audio["src"] == episode.audio.get_absolute_url()
    assert player["aria-labelledby"] == "episode-title"
    controls = player.select_one("[data-player-controls]")
    assert controls.has_attr("hidden")  # shown by player.js
    assert controls.select_one("[data-player-play]")["aria-label"] == "Play"
    assert controls.select_one("[data-player-seek]")["aria-label"] == "Seek"
    assert controls.select_one("[data-player-seek]")["max"] == "4"
    assert controls.select_one("[data-player-volume]")["aria-label"] == "Volume"
    assert controls.find("a", string="Download")["href"] == episode.audio.get_absolute_url()
    assert controls.find("button", string="Copy link")["data-url"] == episode.full_url
    assert page.select_one('script[src$="podcasts/player.js"]')


def test_the_player_speaks_the_readers_language(client, editions):
    show = make_show("de")
    episode = make_episode(show)
    page = BeautifulSoup(client.get(episode.url).content, "html.parser")
    assert page.select_one("[data-player-play]")["aria-label"] == "Abspielen"
    assert page.select_one("[data-player-volume]")["aria-label"] == "Lautstärke"


def test_an_episode_whose_audio_was_deleted_still_answers(client, episode):
    episode.audio.delete()
    response = client.get(episode.url)
    assert response.status_code == 200
    assert "The audio of this episode is not available." in response.content.decode()


def test_it_escapes_script_in_the_title(client, editions):
    show = make_show()
    episode = make_episode(show, title="<script>alert(1)</script>")
    html = client.get(episode.url).content.decode()
    assert "<script>alert(1)</script>" not in html
