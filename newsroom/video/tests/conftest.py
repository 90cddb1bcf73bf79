"""Uploaded videos and their outputs go to a temporary MEDIA_ROOT, not the developer's data."""

import shutil

import pytest

from newsroom.testing.plugin import in_ci

if shutil.which("ffmpeg") is None:  # pragma: no cover - the suite's packages include it
    message = "ffmpeg is missing (Debian: apt-get install ffmpeg; scripts/install-test-packages)"
    if in_ci():
        raise RuntimeError(f"CI=true and the video tests cannot run: {message}")
    pytest.skip(message, allow_module_level=True)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def ready_video(db, django_capture_on_commit_callbacks):
    """A generated 2-second clip, uploaded and transcoded by the real task (small, so one
    rung: the ladder itself is tested in test_video_upload.py)."""
    from newsroom.video.tests.factories import make_video

    with django_capture_on_commit_callbacks(execute=True):
        video = make_video(width=320, height=180)
    video.refresh_from_db()
    assert video.is_ready, video.error
    return video
