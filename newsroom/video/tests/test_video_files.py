"""A video's files: served once a live public page shows the video; before that only to
the people who work in the CMS; nothing outside what the transcode wrote."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article

pytestmark = pytest.mark.django_db


def _get(client, video, name):
    return client.get(video.output_url(name))


def test_an_unpublished_video_is_not_served_to_readers(client, reader, editions, ready_video):
    make_article(lead_video=ready_video, publish=False)  # a draft story
    assert _get(client, ready_video, "master.m3u8").status_code == 404
    client.force_login(reader)
    assert _get(client, ready_video, "video.mp4").status_code == 404


def test_editors_may_watch_an_unpublished_video_privately(client, editor, ready_video):
    client.force_login(editor)
    response = _get(client, ready_video, "master.m3u8")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_published_videos_files_are_served_with_their_types(client, editions, ready_video):
    make_article(lead_video=ready_video)

    master = _get(client, ready_video, "master.m3u8")
    assert master.status_code == 200
    assert master["Content-Type"] == "application/vnd.apple.mpegurl"
    assert master["Cache-Control"] == "public, max-age=86400"
    segment = next(ready_video.outputs_dir().glob("*.ts")).name
    assert _get(client, ready_video, segment)["Content-Type"] == "video/mp2t"
    assert _get(client, ready_video, "poster.jpg")["Content-Type"] == "image/jpeg"
    assert _get(client, ready_video, "thumbs.vtt")["Content-Type"].startswith("text/vtt")
    caption = ready_video.captions.get()
    track = client.get(caption.get_absolute_url())
    assert track.status_code == 200
    assert b"".join(track.streaming_content).startswith(b"WEBVTT")


def test_the_mp4_answers_byte_ranges_for_seeking(client, editions, ready_video):
    make_article(lead_video=ready_video)
    response = client.get(ready_video.fallback_url(), HTTP_RANGE="bytes=0-99")
    assert response.status_code == 206
    assert response["Content-Length"] == "100"
    assert response["Content-Range"].startswith("bytes 0-99/")


def test_a_video_in_a_published_body_block_is_served(client, editions, ready_video):
    make_article(body=[("video", {"video": ready_video, "caption": ""})])
    assert _get(client, ready_video, "master.m3u8").status_code == 200


@pytest.mark.parametrize(
    "name", ["../secret.txt", ".hidden.ts", "master.m3u8.bak", "source.mov", "x" * 60 + ".ts"]
)
def test_nothing_but_the_outputs_is_served(client, editions, ready_video, name):
    make_article(lead_video=ready_video)
    url = reverse("video-output", args=[ready_video.pk, ready_video.version, "poster.jpg"])
    response = client.get(url.replace("poster.jpg", name))
    assert response.status_code == 404


def test_an_old_version_is_not_served(client, editions, ready_video):
    make_article(lead_video=ready_video)
    url = reverse("video-output", args=[ready_video.pk, "1-000000000000", "master.m3u8"])
    assert client.get(url).status_code == 404
