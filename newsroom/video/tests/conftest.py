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
