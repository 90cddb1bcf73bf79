"""Small factories for video: real clips generated here by ffmpeg (its test pattern and a
tone), saved through the model so the real transcoding task runs on them."""

import itertools
import subprocess
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile

from newsroom.video.models import Caption, Video

_counter = itertools.count(1)

CAPTIONS_EN = b"""WEBVTT

00:00:00.000 --> 00:00:01.000
The harbour at dawn.

00:00:01.000 --> 00:00:02.000
[Engines start]
"""


def clip_bytes(
    seconds: float = 2.0, width: int = 640, height: int = 360, container: str = "mp4",
    audio: bool = True,
) -> bytes:  # fmt: skip
    """A short test-pattern clip with a tone, encoded by ffmpeg in `container`."""
    codecs = {
        "mp4": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
        "mov": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
        "webm": ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k", "-c:a", "libopus"],
    }[container]  # fmt: skip
    inputs = ["-f", "lavfi", "-i", f"testsrc=size={width}x{height}:rate=24:duration={seconds}"]
    if audio:
        inputs += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    else:
        codecs = [c for c in codecs if c not in ("-c:a", "aac", "libopus")]
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / f"clip.{container}"
        subprocess.run(  # noqa: S603
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *inputs, *codecs,
             "-shortest", str(target)],
            check=True,
        )  # fmt: skip
        return target.read_bytes()


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
