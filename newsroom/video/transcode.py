"""Turn an uploaded video into what players need, with ffmpeg: an HLS ladder (H.264 and
AAC in MPEG-TS segments, the codecs every HLS player has), a plain MP4 for browsers
without JavaScript, a poster frame and a strip of thumbnails with its WebVTT track.

Everything is written into a fresh directory that the caller moves into place only when
all of it succeeded, so a reader never gets half a ladder.
"""

import math
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsroom.video.probe import VideoFacts

FFMPEG = "ffmpeg"
SEGMENT_SECONDS = 4
THUMB_WIDTH = 160
THUMB_COLUMNS = 10
MAX_THUMBS = 100
POSTER_WIDTH = 1280
MASTER_PLAYLIST = "master.m3u8"
FALLBACK_FILE = "video.mp4"
POSTER_FILE = "poster.jpg"
THUMBS_IMAGE = "thumbs.jpg"
THUMBS_TRACK = "thumbs.vtt"
AUDIO_KBPS = 128


@dataclass(frozen=True)
class Rung:
    """One step of the ladder: a picture height and the bit rate it is encoded at."""

    height: int
    video_kbps: int

    @property
    def name(self) -> str:
        return f"{self.height}p"


LADDER = (Rung(360, 800), Rung(720, 2800), Rung(1080, 5000))


class TranscodeFailed(RuntimeError):
    """ffmpeg could not make one of the outputs; the message says which."""


def ladder_for(facts: VideoFacts) -> list[Rung]:
    """The rungs at or below the source's height, never upscaling: a source smaller than
    the lowest rung gets one rung at its own (even) height."""
    rungs = [rung for rung in LADDER if rung.height <= facts.height]
    if not rungs:
        rungs = [Rung(max(2, facts.height - facts.height % 2), LADDER[0].video_kbps)]
    return rungs


def even_width(facts: VideoFacts, height: int) -> int:
    width = round(facts.width * height / facts.height)
    return max(2, width - width % 2)


@dataclass(frozen=True)
class Output:
    rungs: list[dict]
    thumbnail_interval: int


def transcode(
    source: Path,
    facts: VideoFacts,
    into: Path,
    url_prefix: str,
    progress: Callable[[float], None] = lambda fraction: None,
) -> Output:
    """Write the ladder, fallback, poster and thumbnails into the empty directory `into`.
    `url_prefix` is where the thumbnails image will be served (the track names it)."""
    rungs = ladder_for(facts)
    steps = len(rungs) + 2  # the ladder, then the fallback and the pictures
    described = []
    for index, rung in enumerate(rungs):
        width = even_width(facts, rung.height)
        _encode_rung(source, facts, rung, into, lambda f, i=index: progress((i + f) / steps))
        described.append(
            {
                "name": rung.name,
                "width": width,
                "height": rung.height,
                "bandwidth": (rung.video_kbps + (AUDIO_KBPS if facts.has_audio else 0)) * 1100,
            }
        )
    _write_master(into, described, facts.has_audio)
    # The fallback is the 720p rung (or the best below it) in an MP4, copied, not encoded.
    fallback = max((r for r in rungs if r.height <= 720), key=lambda r: r.height, default=rungs[0])
    _run(
        [FFMPEG, "-i", str(into / f"{fallback.name}.m3u8"), "-c", "copy",
         "-movflags", "+faststart", str(into / FALLBACK_FILE)],
        "the MP4 copy",
    )  # fmt: skip
    progress((len(rungs) + 1) / steps)
    interval = _pictures(source, facts, into, url_prefix)
    progress(1.0)
    return Output(rungs=described, thumbnail_interval=interval)


def _encode_rung(source, facts, rung: Rung, into: Path, progress) -> None:
    audio = ["-c:a", "aac", "-b:a", f"{AUDIO_KBPS}k", "-ac", "2"] if facts.has_audio else ["-an"]
    keyframes = str(SEGMENT_SECONDS * 2 * 12)  # a keyframe at least every segment at 24 fps
    command = [
        FFMPEG, "-i", str(source), "-map", "0:v:0", *(["-map", "0:a:0"] if facts.has_audio else []),
        "-vf", f"scale=-2:{rung.height},format=yuv420p",
        "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main",
        "-b:v", f"{rung.video_kbps}k", "-maxrate", f"{rung.video_kbps * 107 // 100}k",
        "-bufsize", f"{rung.video_kbps * 2}k", "-g", keyframes, "-keyint_min", keyframes,
        "-force_key_frames", f"expr:gte(t,n_forced*{SEGMENT_SECONDS})", "-sc_threshold", "0",
        *audio,
        "-f", "hls", "-hls_time", str(SEGMENT_SECONDS), "-hls_playlist_type", "vod",
        "-hls_segment_filename", str(into / f"{rung.name}_%04d.ts"),
        str(into / f"{rung.name}.m3u8"),
    ]  # fmt: skip
    _run(command, f"the {rung.name} rendition", facts.duration_seconds, progress)


def _write_master(into: Path, rungs: list[dict], has_audio: bool) -> None:
    codecs = "avc1.4d401f,mp4a.40.2" if has_audio else "avc1.4d401f"
    lines = ["#EXTM3U", "#EXT-X-VERSION:3"]
    for rung in rungs:
        lines.append(
            f"#EXT-X-STREAM-INF:BANDWIDTH={rung['bandwidth']},"
            f'RESOLUTION={rung["width"]}x{rung["height"]},CODECS="{codecs}"'
        )
        lines.append(f"{rung['name']}.m3u8")
    (into / MASTER_PLAYLIST).write_text("\n".join(lines) + "\n")


def _pictures(source: Path, facts: VideoFacts, into: Path, url_prefix: str) -> int:
    """The poster and the thumbnail strip; returns the seconds between thumbnails."""
    poster_at = min(1.0, facts.duration_seconds / 2)
    poster_width = min(POSTER_WIDTH, facts.width - facts.width % 2)
    _run(
        [FFMPEG, "-ss", f"{poster_at:.3f}", "-i", str(source), "-frames:v", "1",
         "-vf", f"scale={poster_width}:-2", "-q:v", "3", str(into / POSTER_FILE)],
        "the poster frame",
    )  # fmt: skip
    interval = max(1, math.ceil(facts.duration_seconds / MAX_THUMBS))
    count = max(1, math.ceil(facts.duration_seconds / interval))
    height = round(THUMB_WIDTH * facts.height / facts.width)
    height = max(2, height - height % 2)
    rows = math.ceil(count / THUMB_COLUMNS)
    columns = min(count, THUMB_COLUMNS)
    _run(
        [FFMPEG, "-i", str(source),
         "-vf", f"fps=1/{interval},scale={THUMB_WIDTH}:{height},tile={columns}x{rows}",
         "-frames:v", "1", "-q:v", "5", str(into / THUMBS_IMAGE)],
        "the thumbnails",
    )  # fmt: skip
    cues = ["WEBVTT", ""]
    for index in range(count):
        start = index * interval
        end = min(facts.duration_seconds, start + interval)
        x, y = (index % THUMB_COLUMNS) * THUMB_WIDTH, (index // THUMB_COLUMNS) * height
        cues += [
            f"{_stamp(start)} --> {_stamp(end)}",
            f"{url_prefix}{THUMBS_IMAGE}#xywh={x},{y},{THUMB_WIDTH},{height}",
            "",
        ]
    (into / THUMBS_TRACK).write_text("\n".join(cues))
    return interval


def _stamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _run(command: list[str], what: str, duration: float = 0.0, progress=None) -> None:
    """Run ffmpeg, reporting how far it has got (from its -progress lines) if asked."""
    full = [command[0], "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-progress", "pipe:1", "-nostats", *command[1:]]  # fmt: skip
    with subprocess.Popen(  # noqa: S603 - fixed program, paths are single arguments
        full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        for line in process.stdout or ():
            key, _, value = line.strip().partition("=")
            if progress and duration and key == "out_time_us" and value.isdigit():
                progress(min(1.0, int(value) / 1_000_000 / duration))
        errors = process.stderr.read() if process.stderr else ""
        if process.wait() != 0:
            last = errors.strip().splitlines()[-1:] or ["no message"]
            raise TranscodeFailed(f"ffmpeg could not make {what}: {last[0][:300]}")
