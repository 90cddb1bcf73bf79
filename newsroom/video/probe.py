"""What an uploaded video holds, read with ffprobe: its streams, size and duration."""

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

FFPROBE = "ffprobe"
PROBE_SECONDS = 60  # a hostile file must not hold a worker or a web request for long

# The containers editors may upload, as ffprobe names them (MOV and MP4 share a demuxer).
ACCEPTED_FORMATS = {"mov", "mp4", "m4a", "3gp", "3g2", "mj2", "matroska", "webm"}


class NotVideo(ValueError):
    """The file is not an MP4, WebM or MOV video that ffprobe can read."""


@dataclass(frozen=True)
class VideoFacts:
    duration_seconds: float
    width: int
    height: int
    has_audio: bool


def probe(path: Path) -> VideoFacts:
    """The facts of the video at `path`, or NotVideo with the reason."""
    try:
        result = subprocess.run(  # noqa: S603 - fixed program, the path is one argument
            [FFPROBE, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
             str(path)],
            capture_output=True,
            timeout=PROBE_SECONDS,
            check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise NotVideo("reading the file took too long") from None
    if result.returncode != 0:
        raise NotVideo("the file could not be read as a video")
    try:
        found = json.loads(result.stdout)
    except ValueError:
        raise NotVideo("the file could not be read as a video") from None
    formats = set(found.get("format", {}).get("format_name", "").split(","))
    if not formats & ACCEPTED_FORMATS:
        raise NotVideo("the file is not MP4, WebM or MOV")
    streams = found.get("streams", [])
    picture = next(
        (
            s
            for s in streams
            if s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")
        ),
        None,
    )
    if picture is None:
        raise NotVideo("the file has no picture")
    try:
        duration = float(found["format"].get("duration") or picture.get("duration") or 0)
        width, height = int(picture["width"]), int(picture["height"])
    except (KeyError, TypeError, ValueError):
        raise NotVideo("the file's picture size or length cannot be read") from None
    if duration <= 0 or width <= 0 or height <= 0:
        raise NotVideo("the file has no length or no picture size")
    rotation = _rotation(picture)
    if rotation in (90, 270):  # phones record portrait video as landscape plus a rotation
        width, height = height, width
    has_audio = any(s.get("codec_type") == "audio" for s in streams)
    return VideoFacts(duration_seconds=duration, width=width, height=height, has_audio=has_audio)


def _rotation(stream: dict) -> int:
    for side in stream.get("side_data_list", []):
        if "rotation" in side:
            try:
                return abs(int(side["rotation"])) % 360
            except (TypeError, ValueError):
                return 0
    return 0
