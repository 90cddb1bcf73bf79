"""What an uploaded audio file holds: its format, duration and size, read with mutagen."""

from dataclasses import dataclass

import mutagen
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4

# Podcast apps play MP3 and AAC in an MP4 container (.m4a); nothing else is accepted.
MIME_TYPES = {MP3: "audio/mpeg", MP4: "audio/mp4"}


class NotPodcastAudio(ValueError):
    """The file is not MP3 or M4A audio that mutagen can read."""


@dataclass(frozen=True)
class AudioFacts:
    duration_seconds: float
    mime_type: str


def read_audio(fileobj) -> AudioFacts:
    """Read the format and duration of an open audio file (its position is restored)."""
    start = fileobj.tell()
    try:
        found = mutagen.File(fileobj)
    except mutagen.MutagenError as error:
        raise NotPodcastAudio(str(error)) from error
    finally:
        fileobj.seek(start)
    mime_type = next((m for kind, m in MIME_TYPES.items() if isinstance(found, kind)), None)
    if mime_type is None or not found.info.length:
        raise NotPodcastAudio("not MP3 or M4A audio")
    return AudioFacts(duration_seconds=float(found.info.length), mime_type=mime_type)


def clock(seconds: float) -> str:
    """1:05 or 1:02:03, as players and itunes:duration show a length."""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
