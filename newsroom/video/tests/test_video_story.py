"""An article whose lead is a video, or with a video block: the player, the Video label
(from the content, never by hand) and schema.org VideoObject metadata."""

import json
import re

import pytest
from wagtail.blocks import StreamValue

from newsroom.articles.models import ArticlePage, StoryLabel
from newsroom.articles.tests.factories import make_article

pytestmark = pytest.mark.django_db


def _json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_an_article_with_a_lead_video_plays_it_in_place_of_the_hero(client, editions, ready_video):
    article = make_article(title="Ferry sinks", lead_video=ready_video)

    html = client.get(article.url).content.decode()

    assert article.label == StoryLabel.VIDEO
    assert 'class="story-label story-label--video"' in html
    assert 'class="hero"' not in html  # the picture gives way to the video
    assert f'data-playlist="{ready_video.playlist_url()}"' in html
    assert f'<source src="{ready_video.fallback_url()}" type="video/mp4">' in html
    assert 'srclang="en"' in html and 'kind="captions"' in html
    assert f'poster="{ready_video.poster_url()}"' in html
    assert "video/vendor/hls.js/hls.light.min.js" in html


def test_it_describes_the_video_as_a_schema_org_video_object(
    client, editions, ready_video, settings
):
    article = make_article(title="Ferry sinks", lead_video=ready_video)

    found = _json_ld(client.get(article.url).content.decode())

    video = next(data for data in found if data["@type"] == "VideoObject")
    assert video["@context"] == "https://schema.org"
    assert video["name"] == ready_video.title
    assert video["description"] == ready_video.description
    assert video["duration"] == "PT2S"
    assert video["thumbnailUrl"] == [settings.SITE_URL + ready_video.poster_url()]
    assert video["contentUrl"] == settings.SITE_URL + ready_video.fallback_url()
    assert video["embedUrl"] == article.get_full_url()
    assert video["uploadDate"].startswith(str(ready_video.uploaded_at.date()))
    assert any(data["@type"] == "NewsArticle" for data in found)


def test_a_video_block_in_the_body_plays_and_labels_the_story(client, editions, ready_video):
    body = [
        ("paragraph", "<p>Before the video.</p>"),
        ("video", {"video": ready_video, "caption": "The rescue, filmed from the shore."}),
    ]
    article = make_article(title="Rescue at sea", body=body)

    html = client.get(article.url).content.decode()

    assert article.label == StoryLabel.VIDEO
    assert f'data-playlist="{ready_video.playlist_url()}"' in html
    assert "The rescue, filmed from the shore." in html
    assert 'class="hero"' in html  # the hero image stays: the video is in the body
    assert [d["@type"] for d in _json_ld(html)].count("VideoObject") == 1


def test_the_label_goes_when_the_last_video_does(editions, ready_video):
    article = make_article(lead_video=ready_video, label=StoryLabel.ANALYSIS)
    assert article.label == StoryLabel.VIDEO

    article.lead_video = None
    article.save_revision().publish()
    article.refresh_from_db()

    assert article.label == StoryLabel.NONE


def test_the_label_cannot_be_video_by_hand(editions):
    article = make_article(label=StoryLabel.VIDEO)
    assert article.label == StoryLabel.NONE


def test_a_lead_video_still_processing_shows_the_hero_image(client, editions, ready_video):
    ready_video.status = "processing"
    ready_video.save()
    article = make_article(lead_video=ready_video)

    html = client.get(article.url).content.decode()

    assert 'class="hero"' in html
    assert "data-video-player" not in html


def test_article_cards_mark_video_stories(client, editions, ready_video):
    article = make_article(title="Ferry sinks", lead_video=ready_video)
    html = client.get(article.get_parent().url).content.decode()
    assert 'story-label--video">Video<' in html


def test_a_video_block_survives_a_stream_value_round_trip(editions, ready_video):
    article = make_article(body=[("video", {"video": ready_video, "caption": ""})])
    stored = ArticlePage.objects.get(pk=article.pk)
    assert isinstance(stored.body, StreamValue)
    assert stored.body[0].value["video"] == ready_video
