"""A show's podcast feed, read back as podcast apps read it: feedparser and the raw XML."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from newsroom.articles.editions import language_codes
from newsroom.podcasts.demo import load_demo_podcasts
from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show

pytestmark = pytest.mark.django_db

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
CHANNEL_TAGS = ["author", "owner", "image", "category", "explicit", "summary", "type"]
ITEM_TAGS = ["title", "duration", "explicit", "episodeType", "episode", "season"]


def _fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed, ET.fromstring(response.content).find("channel")


def _assert_podcast_feed(feed, channel, language):
    """Everything Apple Podcasts requires of a channel and of each of its episodes."""
    assert feed.feed.language == language
    assert feed.feed.title and feed.feed.description
    for tag in CHANNEL_TAGS:
        assert channel.find(ITUNES + tag) is not None, f"channel lacks itunes:{tag}"
    assert channel.find(ITUNES + "image").get("href").startswith("http")
    assert channel.find(ITUNES + "owner/" + ITUNES + "email").text
    assert channel.find(ITUNES + "category").get("text")
    assert feed.feed.image.href.endswith(".jpg")
    # Apple's spec asks for "true"/"false" (feedparser only maps the older "yes").
    assert channel.find(ITUNES + "explicit").text in ("true", "false")
    items = channel.findall("item")
    assert len(items) == len(feed.entries) > 0
    for item, entry in zip(items, feed.entries, strict=True):
        for tag in ITEM_TAGS:
            assert item.find(ITUNES + tag) is not None, f"{entry.title} lacks itunes:{tag}"
        (enclosure,) = entry.enclosures
        assert enclosure.type == "audio/mpeg"
        assert int(enclosure.length) > 0
        assert enclosure.href.startswith("http")
        assert entry.id.startswith("urn:uuid:")
        assert entry.guidislink is False
        assert entry.published_parsed is not None
        assert entry.itunes_duration.count(":") >= 1
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_the_feed_carries_every_tag_podcast_apps_need_for_each_episode(client, editions):
    show = make_show(title="The Briefing", explicit=False)
    first = make_episode(show, title="Harbour reopens", season=1, episode_number=1)
    second = make_episode(show, title="Monsoon arrives", season=1, episode_number=2)

    feed, channel = _fetch(client, show.url + "feed/")

    _assert_podcast_feed(feed, channel, "en")
    assert [entry.title for entry in feed.entries] == ["Monsoon arrives", "Harbour reopens"]
    entry = feed.entries[1]
    assert entry.link.endswith(first.url)
    assert entry.itunes_episode == "1"
    assert entry.itunes_season == "1"
    assert entry.itunes_duration == "0:03"
    assert entry.enclosures[0].length == str(first.audio.size_bytes)
    assert entry.enclosures[0].href.endswith(first.audio.get_absolute_url())
    assert entry.summary == first.show_notes.removeprefix("<p>").removesuffix("</p>")
    assert channel.find(ITUNES + "author").text == "Meridian News"
    assert feed.feed.publisher_detail.email == "podcasts@meridian.example"
    category = channel.find(ITUNES + "category")
    assert category.get("text") == "News"
    assert category.find(ITUNES + "category").get("text") == "Daily News"
    assert second.guid != first.guid


def test_an_episodes_guid_survives_edits_new_audio_and_a_new_slug(
    client, editions, django_capture_on_commit_callbacks
):
    show = make_show()
    episode = make_episode(show, title="Before")
    guid = _fetch(client, show.url + "feed/")[0].entries[0].id

    episode.title, episode.slug, episode.audio = "After", "a-new-address", make_audio(2)
    with django_capture_on_commit_callbacks(execute=True):  # publishing empties the cache
        episode.save_revision().publish()

    entry = _fetch(client, show.url + "feed/")[0].entries[0]
    assert entry.title == "After"
    assert entry.id == guid


def test_drafts_and_episodes_without_audio_stay_out_of_the_feed(client, editions):
    show = make_show()
    make_episode(show, title="Published")
    make_episode(show, title="Draft", publish=False)
    orphan = make_episode(show, title="Audio deleted")
    orphan.audio.delete()

    feed, _channel = _fetch(client, show.url + "feed/")

    assert [entry.title for entry in feed.entries] == ["Published"]


def test_an_explicit_show_marks_its_episodes_explicit(client, editions):
    show = make_show(explicit=True)
    make_episode(show)
    _feed, channel = _fetch(client, show.url + "feed/")
    assert channel.find(ITUNES + "explicit").text == "true"
    assert channel.find("item").find(ITUNES + "explicit").text == "true"


def test_the_demo_shows_feed_is_valid_in_every_edition(client, editions):
    load_demo_podcasts()
    for language in language_codes():
        feed, channel = _fetch(client, f"/{language}/podcasts/the-briefing/feed/")
        _assert_podcast_feed(feed, channel, language)
        assert len(feed.entries) == 3
