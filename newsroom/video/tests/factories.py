"""Small factories for video: real clips generated here by ffmpeg (its test pattern and a
tone), saved through the model so the real transcoding task runs on them."""

import itertools

from django.core.files.base import ContentFile

from newsroom.video.demo import clip_bytes
from newsroom.video.models import Caption, Video

__all__ = ["CAPTIONS_EN", "clip_bytes", "make_video"]

_counter = itertools.count(1)

CAPTIONS_EN = b"""WEBVTT

00:00:00.000 --> 00:00:01.000
The harbour at dawn.

00:00:01.000 --> 00:00:02.000
[Engines start]
"""


def make_video(title: str = "Harbour at dawn", *, captions: bool = True, **clip) -> Video:
    """A video saved as an editor's upload is; the caller runs the on-commit task
    (django_capture_on_commit_callbacks(execute=True)) or uses a transactional test."""
    number = next(_counter)
    container = clip.get("container", "mp4")
    video = Video(title=title, description=f"Test clip {number}.")
    video.file.save(f"clip-{number}.{container}", ContentFile(clip_bytes(**clip)), save=False)
    video.save()
    if captions:
        caption = Caption(video=video, language="en")
        caption.file.save(f"clip-{number}.en.vtt", ContentFile(CAPTIONS_EN), save=False)
        caption.save()
    return video
