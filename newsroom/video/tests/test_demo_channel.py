"""The demo channel and schedule: built from a generated clip, safe to run twice."""

import pytest

from newsroom.schedule.demo import load_demo_schedule
from newsroom.schedule.models import Broadcast
from newsroom.video.demo import load_demo_video
from newsroom.video.models import TVShowPage, Video, VideoStatus

pytestmark = pytest.mark.django_db


def test_the_demo_builds_a_show_with_a_transcoded_video_story(
    client, editions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = load_demo_video()
    assert "1 show" in message
    video = Video.objects.get()
    assert video.status == VideoStatus.READY, video.error
    assert [rung["name"] for rung in video.renditions] == ["360p", "720p"]
    show = TVShowPage.objects.get()
    episode = show.episodes().get()
    assert episode.label == "video"
    assert "data-video-player" in client.get(episode.url).content.decode()
    assert "Videos exist already" in load_demo_video()


def test_the_demo_schedule_fills_every_edition_once(editions):
    assert "programmes" in load_demo_schedule()
    count = Broadcast.objects.count()
    assert count > 7 * 8 * 24
    assert "left as it is" in load_demo_schedule()
    assert Broadcast.objects.count() == count
