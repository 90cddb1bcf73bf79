"""The video's files: the HLS ladder, MP4, poster, thumbnails and captions, each served
only once a page anyone may see shows the video (before that, to the CMS's people)."""

import re
from pathlib import Path

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from newsroom.podcasts.byte_ranges import requested_range
from newsroom.video.models import Caption, Video

# What transcode.py writes: playlists, segments, the MP4 and the pictures. Nothing else
# (no path separators, no dot files) is ever served from an outputs directory.
_OUTPUT_NAME = re.compile(r"^[a-z0-9_]{1,40}\.(m3u8|ts|mp4|jpg|vtt)$")
CONTENT_TYPES = {
    "m3u8": "application/vnd.apple.mpegurl",
    "ts": "video/mp2t",
    "mp4": "video/mp4",
    "jpg": "image/jpeg",
    "vtt": "text/vtt; charset=utf-8",
}
CHUNK_BYTES = 64 * 1024


def _works_in_the_cms(user) -> bool:
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def _visible_video(request, pk: int) -> tuple[Video, bool]:
    video = get_object_or_404(Video, pk=pk)
    public = video.is_published()
    if not public and not _works_in_the_cms(request.user):
        raise Http404  # the answer for no such video: an embargoed one stays unseen
    return video, public


def _chunks(handle, start: int, length: int):
    with handle:
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(CHUNK_BYTES, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk


def _file_response(request, path, content_type: str, public: bool) -> HttpResponseBase:
    size = path.stat().st_size
    span = requested_range(request.headers.get("Range", ""), size)
    response: HttpResponseBase
    if span is None:
        response = FileResponse(path.open("rb"), content_type=content_type)
    elif span == "unsatisfiable":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    else:
        start, end = span
        response = StreamingHttpResponse(
            _chunks(path.open("rb"), start, end - start + 1), status=206, content_type=content_type
        )
        response["Content-Length"] = str(end - start + 1)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    # Each transcode has its own address, so a public copy never changes: keep it long.
    response["Cache-Control"] = "public, max-age=86400" if public else "private, no-store"
    return response


@require_safe
def output(request, pk: int, version: str, name: str):
    match = _OUTPUT_NAME.match(name)
    if match is None:
        raise Http404
    video, public = _visible_video(request, pk)
    if not video.is_ready or version != video.version:
        raise Http404
    path = video.outputs_dir() / name
    if not path.is_file():
        raise Http404
    return _file_response(request, path, CONTENT_TYPES[match.group(1)], public)


@require_safe
def caption(request, pk: int, caption_pk: int):
    video, public = _visible_video(request, pk)
    track = get_object_or_404(Caption, pk=caption_pk, video=video)
    return _file_response(request, Path(track.file.path), CONTENT_TYPES["vtt"], public)
