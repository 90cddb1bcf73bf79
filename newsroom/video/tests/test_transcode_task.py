"""The transcoding task: failures are recorded with a reason and leave nothing behind;
a replaced file keeps the old outputs live until the new ones are complete."""

import pytest
from django.core.files.base import ContentFile

from newsroom.video.models import Video, VideoStatus, outputs_root
from newsroom.video.tasks import transcode_video
from newsroom.video.tests.factories import clip_bytes, make_video

pytestmark = pytest.mark.django_db


def _leftovers() -> list[str]:
    root = outputs_root()
    return sorted(path.name for path in root.iterdir()) if root.exists() else []


def test_a_file_that_breaks_after_upload_fails_with_a_reason_and_leaves_nothing(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False):
        video = make_video(captions=False, width=320, height=180)
    # The upload was a video; what the worker finds on disk is not (a truncated copy).
    with open(video.file.path, "r+b") as handle:
        handle.truncate(300)

    assert transcode_video.call(video.pk) == "failed"

    video.refresh_from_db()
    assert video.status == VideoStatus.FAILED
    assert video.error == "the file could not be read as a video"
    assert video.version == ""
    assert _leftovers() == []


def test_the_admin_listing_shows_failure_and_progress(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        failed = make_video("Broken clip", captions=False, width=320, height=180)
        busy = make_video("Busy clip", captions=False, width=320, height=180)
    Video.objects.filter(pk=failed.pk).update(
        status=VideoStatus.FAILED, error="ffmpeg could not make the poster frame: boom"
    )
    Video.objects.filter(pk=busy.pk).update(status=VideoStatus.PROCESSING, progress=42)

    html = admin_client.get("/admin/snippets/video/video/").content.decode()

    assert "Failed: ffmpeg could not make the poster frame: boom" in html
    assert '<progress max="100" value="42">42 %</progress>' in html


def test_a_replaced_file_keeps_the_old_outputs_until_the_new_ones_are_ready(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        video = make_video(captions=False, width=320, height=180)
    video.refresh_from_db()
    first = video.version

    with django_capture_on_commit_callbacks(execute=False) as queued:
        video.file.save("second.mp4", ContentFile(clip_bytes(width=640, height=360)), save=False)
        video.save()
    video.refresh_from_db()
    assert video.status == VideoStatus.WAITING
    assert video.version == first and (outputs_root() / first / "master.m3u8").exists()

    with django_capture_on_commit_callbacks(execute=True):
        for callback in queued:
            callback()
    video.refresh_from_db()

    assert video.status == VideoStatus.READY
    assert video.version != first
    assert [rung["name"] for rung in video.renditions] == ["360p"]
    assert _leftovers() == [video.version]  # the first outputs are gone, no temp dirs


def test_a_deleted_video_takes_its_outputs_along(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        video = make_video(captions=False, width=320, height=180)
    with django_capture_on_commit_callbacks(execute=True):
        Video.objects.get(pk=video.pk).delete()
    assert _leftovers() == []
