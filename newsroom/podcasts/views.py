"""The one plain view of the app: an episode's audio, with byte ranges for seeking."""

from django.conf import settings
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from newsroom.podcasts.byte_ranges import requested_range
from newsroom.podcasts.models import AudioFile

CHUNK_BYTES = 64 * 1024


def _chunks(handle, start: int, length: int):
    with handle:
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(CHUNK_BYTES, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk


def _works_in_the_cms(user) -> bool:
    # Editors and reporters play a draft episode's audio in its preview.
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


@require_safe
def audio_file(request, pk: int, filename: str):
    audio = get_object_or_404(AudioFile, pk=pk)
    if filename != audio.filename:
        raise Http404
    public = audio.is_published()
    if not public and not _works_in_the_cms(request.user):
        raise Http404  # the answer for no such file: a draft's audio stays unheard
    if not settings.SERVE_MEDIA:
        # A front server or object storage serves MEDIA_ROOT (with ranges) in production.
        return HttpResponseRedirect(audio.file.url)
    size = audio.file.size
    span = requested_range(request.headers.get("Range", ""), size)
    response: HttpResponseBase
    if span is None:
        response = FileResponse(audio.file.open("rb"), content_type=audio.mime_type)
    elif span == "unsatisfiable":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    else:
        start, end = span
        # Streamed in chunks: a player's first request is often "bytes=0-", the whole file.
        response = StreamingHttpResponse(
            _chunks(audio.file.open("rb"), start, end - start + 1),
            status=206,
            content_type=audio.mime_type,
        )
        response["Content-Length"] = str(end - start + 1)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    # A draft's audio, heard by an editor, must not be kept by shared caches.
    response["Cache-Control"] = "public, max-age=86400" if public else "private, no-store"
    return response
