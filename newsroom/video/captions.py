"""WebVTT caption files: checked when uploaded, so a player never gets one it cannot read."""

import re

MAX_CAPTION_BYTES = 2 * 1024 * 1024
# HH:MM:SS.mmm or MM:SS.mmm, as the WebVTT standard writes cue times.
_TIME = r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}"
_CUE_TIMING = re.compile(rf"^({_TIME})[ \t]+-->[ \t]+({_TIME})(?:[ \t].*)?$")


class NotWebVTT(ValueError):
    """The file is not a WebVTT file; the message says where and why."""


def _seconds(stamp: str) -> float:
    parts = [float(part) for part in stamp.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    hours, minutes, seconds = parts
    return hours * 3600 + minutes * 60 + seconds


def check_webvtt(content: bytes) -> int:
    """The number of cues in a valid WebVTT file, or NotWebVTT naming the line at fault."""
    if len(content) > MAX_CAPTION_BYTES:
        raise NotWebVTT("the file is larger than 2 MB")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotWebVTT("the file is not UTF-8 text") from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = lines[0] if lines else ""
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise NotWebVTT('line 1: a WebVTT file starts with "WEBVTT"')
    cues = 0
    for number, line in enumerate(lines, start=1):
        if "-->" not in line:
            continue
        match = _CUE_TIMING.match(line.strip())
        if match is None:
            raise NotWebVTT(f"line {number}: the cue timing is not START --> END")
        start, end = (_seconds(stamp) for stamp in match.groups())
        if end < start:
            raise NotWebVTT(f"line {number}: the cue ends before it starts")
        cues += 1
    if cues == 0:
        raise NotWebVTT("the file has no cues")
    return cues
