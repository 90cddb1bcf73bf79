"""Uploading a video in the admin: probed at once, transcoded by the task, shown as ready."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.video.models import Video, VideoStatus
from newsroom.video.tests.factories import CAPTIONS_EN, clip_bytes

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_video_video:add"
LIST_URL = "wagtailsnippets_video_video:list"


def _form(name: str, content: bytes, *, captions: list[tuple[str, bytes]] = ()) -> dict:
    data = {
        "title": "Ferry sinks off the coast",
        "description": "Footage of the rescue.",
        "file": SimpleUploadedFile(name, content, content_type="video/mp4"),
        "captions-TOTAL_FORMS": str(len(captions)),
        "captions-INITIAL_FORMS": "0",
        "captions-MIN_NUM_FORMS": "0",
        "captions-MAX_NUM_FORMS": "1000",
    }
    for index, (language, vtt) in enumerate(captions):
        data[f"captions-{index}-language"] = language
        data[f"captions-{index}-kind"] = "captions"
        data[f"captions-{index}-file"] = SimpleUploadedFile(f"{language}.vtt", vtt, "text/vtt")
        data[f"captions-{index}-ORDER"] = str(index + 1)
    return data


def test_an_uploaded_mp4_is_transcoded_into_a_ladder_poster_and_thumbnails(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse(ADD_URL),
            _form("ferry.mp4", clip_bytes(width=1280, height=720), captions=[("en", CAPTIONS_EN)]),
        )

    assert response.status_code == 302
    video = Video.objects.get()
    assert video.status == VideoStatus.READY
    assert video.progress == 100
    assert (video.width, video.height) == (1280, 720)
    assert video.duration_seconds == pytest.approx(2, abs=0.1)
    # 360p and 720p, no 1080p: the ladder never upscales.
    assert [rung["name"] for rung in video.renditions] == ["360p", "720p"]
    outputs = video.outputs_dir()
    master = (outputs / "master.m3u8").read_text()
    assert "RESOLUTION=640x360" in master and "RESOLUTION=1280x720" in master
    assert "1080p" not in master
    for name in ("360p.m3u8", "720p.m3u8", "video.mp4", "poster.jpg", "thumbs.jpg"):
        assert (outputs / name).stat().st_size > 0, name
    assert list(outputs.glob("720p_*.ts"))
    track = (outputs / "thumbs.vtt").read_text()
    assert track.startswith("WEBVTT")
    assert "thumbs.jpg#xywh=0,0,160,90" in track
    assert video.captions.get().language == "en"

    listing = admin_client.get(reverse(LIST_URL)).content.decode()
    assert "Ready" in listing


def test_a_webm_and_a_mov_are_accepted(admin_client, django_capture_on_commit_callbacks):
    for name, container in (("clip.webm", "webm"), ("clip.mov", "mov")):
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(
                reverse(ADD_URL),
                _form(name, clip_bytes(width=320, height=240, container=container)),
            )
        assert response.status_code == 302, name
    videos = Video.objects.all()
    assert {video.status for video in videos} == {VideoStatus.READY}
    # A source below the lowest rung keeps its own size.
    assert {video.renditions[0]["name"] for video in videos} == {"240p"}


def test_a_file_that_is_not_a_video_is_refused_with_a_reason(admin_client):
    response = admin_client.post(reverse(ADD_URL), _form("notes.mp4", b"not a film " * 500))

    assert response.status_code == 200
    assert "Upload an MP4, WebM or MOV video" in response.content.decode()
    assert not Video.objects.exists()


def test_a_caption_file_that_is_not_webvtt_is_refused_with_its_line(admin_client):
    broken = b"WEBVTT\n\n00:00:01.000 --> 2 seconds\nHello\n"
    srt = b"1\n00:00:01,000 --> 00:00:02,000\nHello\n"
    for content, reason in ((broken, "line 3"), (srt, 'starts with "WEBVTT"')):
        response = admin_client.post(
            reverse(ADD_URL), _form("ok.mp4", clip_bytes(seconds=1), captions=[("en", content)])
        )
        assert response.status_code == 200
        page = response.content.decode()
        assert "Upload a WebVTT (.vtt) file" in page
        assert reason.replace('"', "&quot;") in page
    assert not Video.objects.exists()


def test_readers_cannot_upload_video(client, reader):
    client.force_login(reader)
    response = client.post(reverse(ADD_URL), _form("sneaky.mp4", clip_bytes(seconds=1)))
    assert response.status_code in (302, 403)
    assert not Video.objects.exists()
