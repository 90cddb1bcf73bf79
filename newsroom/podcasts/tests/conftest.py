"""Uploaded audio and artwork go to a temporary MEDIA_ROOT, not the developer's data."""

import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
