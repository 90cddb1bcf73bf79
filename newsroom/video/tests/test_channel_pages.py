"""The channel's pages: Shows (with episodes that are video stories), Where to watch
(editable per edition) and Live (the LIVE_STREAM_URL stream, or a notice)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from newsroom.articles.models import StoryLabel
from newsroom.articles.tests.factories import make_article
from newsroom.video.models import LivePage, TVShowIndexPage, TVShowPage, Video, WhereToWatchPage
from newsroom.video.setup import ensure_channel_pages
from newsroom.video.tests.factories import clip_bytes

pytestmark = pytest.mark.django_db


def _show(title="The Week in Africa") -> TVShowPage:
    ensure_channel_pages()
    index = TVShowIndexPage.objects.get(locale__language_code="en")
    show = TVShowPage(
        title=title,
        slug="the-week",
        description="Thirty minutes of news.",
        broadcast_times="Fridays 19:30",
    )
    index.add_child(instance=show)
    show.save_revision().publish()
    show.refresh_from_db()
    return show


def test_setup_makes_the_channel_pages_in_every_edition_once(editions):
    call_command("setup_video", verbosity=0)
    call_command("setup_video", verbosity=0)
    for model in (TVShowIndexPage, WhereToWatchPage, LivePage):
        assert model.objects.live().count() == 7, model
    assert TVShowIndexPage.objects.get(locale__language_code="ar").title == "البرامج"


def test_a_show_lists_its_episodes_which_are_video_stories(client, editions, ready_video):
    show = _show()
    episode = make_article(show, title="Episode one: the harbour", lead_video=ready_video)
    make_article(show, title="Episode two: unpublished", publish=False)

    html = client.get(show.url).content.decode()

    assert "The Week in Africa" in html and "Fridays 19:30" in html
    assert "Episode one: the harbour" in html
    assert "Episode two" not in html
    assert episode.label == StoryLabel.VIDEO
    episode_page = client.get(episode.url)
    assert episode_page.status_code == 200
    assert "data-video-player" in episode_page.content.decode()
    listing = client.get(show.get_parent().url).content.decode()
    assert "The Week in Africa" in listing and "Episode one: the harbour" in listing


def test_where_to_watch_shows_what_editors_entered(client, editions):
    ensure_channel_pages()
    page = WhereToWatchPage.objects.get(locale__language_code="es")
    page.ways = [
        ("way", {"kind": "satellite", "name": "Hispasat 30W", "details": "11.900 GHz", "link": ""}),
        (
            "way",
            {
                "kind": "app",
                "name": "Meridian app",
                "details": "",
                "link": "https://apps.example/meridian",
            },
        ),
    ]
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert "Hispasat 30W" in html and "11.900 GHz" in html
    assert '<a href="https://apps.example/meridian">Meridian app</a>' in html
    assert "Satélite" in html  # the kind, in the edition's language


def test_the_live_page_plays_the_configured_stream(client, editions, settings):
    ensure_channel_pages()
    page = LivePage.objects.get(locale__language_code="en")
    settings.LIVE_STREAM_URL = ""
    assert "There is no live stream at the moment." in client.get(page.url).content.decode()

    settings.LIVE_STREAM_URL = "https://live.example/channel/master.m3u8"
    html = client.get(page.url + "?fresh").content.decode()
    assert 'data-playlist="https://live.example/channel/master.m3u8"' in html
    assert "data-live" in html


def test_editors_and_reporters_may_upload_video_after_setup(client, editor, reporter):
    call_command("setup_video", verbosity=0)
    for person in (editor, reporter):
        client.force_login(person)
        response = client.post(
            reverse("wagtailsnippets_video_video:add"),
            {
                "title": person.username,
                "file": SimpleUploadedFile(
                    f"{person.username}.mp4", clip_bytes(seconds=1, width=160, height=90)
                ),
                "captions-TOTAL_FORMS": "0",
                "captions-INITIAL_FORMS": "0",
            },
        )
        assert response.status_code == 302
    assert Video.objects.count() == 2
