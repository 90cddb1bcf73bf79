"""A whole-page cache for anonymous readers, emptied whenever published content changes.

Views opt in (SharedCacheMixin for pages, @shared_cache for plain views). The
middleware stores what they answer and serves hits under WSGI and the test client;
under ASGI, newsroom/asgi.py looks hits up before Django builds a request at all.
Stored copies keep the response's headers (security headers included) but no cookies.
Invalidation bumps a *generation* that is part of every key: on the embedded default
the generation lives in a small file in DATA_DIR, so every web process on the machine
sees a bump at once even though each has its own local-memory cache; with Redis it
lives in the shared cache itself, and each process re-reads it at most once a second.
"""

import asyncio
import functools
import hashlib
import os
import pickle
import secrets
import tempfile
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.http.cookie import parse_cookie

GENERATION_KEY = "page-cache-generation"
# Headers a cached copy keeps; anything tied to one visitor (cookies) is dropped.
_DROPPED_HEADERS = {"set-cookie"}


def _generation_file() -> Path:
    return Path(settings.DATA_DIR) / "page-cache-generation"


def _uses_process_local_cache() -> bool:
    return not settings.REDIS_URL


# With Redis, each process remembers the generation this long, so that a cache hit
# costs one round trip instead of two; a publish reaches every process within it.
GENERATION_MEMO_SECONDS = 1.0


class _GenerationMemo(TypedDict):
    generation: str
    until: float


_memo: _GenerationMemo = {"generation": "", "until": 0.0}


def current_generation() -> str:
    if _uses_process_local_cache():
        try:
            return _generation_file().read_text()
        except FileNotFoundError:
            return "0"
    now = time.monotonic()
    if now >= _memo["until"]:
        # A missing key means Redis lost it (flush or eviction), not a publish: every
        # publish sets it explicitly. Keeping the generation this process knew means
        # a lost key does not throw away the whole cache, and a request that spans
        # the moment sees one generation throughout.
        known = _memo["generation"] or secrets.token_hex(8)
        _memo["generation"] = str(cache.get_or_set(GENERATION_KEY, known, timeout=None))
        _memo["until"] = now + GENERATION_MEMO_SECONDS
    return _memo["generation"]


def invalidate() -> None:
    """Forget every cached page (cheaply: old keys simply stop being asked for)."""
    token = secrets.token_hex(8)
    if _uses_process_local_cache():
        target = _generation_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write-then-rename so a reader never sees a half-written token.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".generation-")
        with os.fdopen(fd, "w") as handle:
            handle.write(token)
        os.replace(tmp, target)
    else:
        cache.set(GENERATION_KEY, token, timeout=None)
        _memo.update({"generation": token, "until": time.monotonic() + GENERATION_MEMO_SECONDS})


def _is_anonymous(cookies: dict, has_authorization: bool) -> bool:
    # Anyone with a session (signed in, or carrying messages) sees a page of their own.
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and not has_authorization
    )


def _key(host: str, path: str, query_string: str) -> str:
    # Hashed: a URL can be longer than a cache backend accepts as a key.
    address = f"{host}{path}?{query_string}".encode()
    digest = hashlib.blake2b(address, digest_size=16).hexdigest()
    return f"page:{current_generation()}:{digest}"


def _request_key(request: HttpRequest) -> str | None:
    if request.method != "GET":
        return None
    if not _is_anonymous(request.COOKIES, "HTTP_AUTHORIZATION" in request.META):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:  # the view's own 400 answers a bad Host header
        return None
    return _key(host, request.path, request.META.get("QUERY_STRING", ""))


def _scope_key(scope: dict) -> str | None:
    """The page-cache key of an ASGI request, built from the same parts as Django's
    (Host header, path, query string): only pages Django stored after validating the
    host can match."""
    if settings.PAGE_CACHE_SECONDS == 0 or scope.get("method") != "GET" or scope.get("root_path"):
        return None
    headers = dict(scope.get("headers") or ())
    host = headers.get(b"host")
    if not host:
        return None
    cookies = parse_cookie(headers.get(b"cookie", b"").decode("latin-1"))
    if not _is_anonymous(cookies, b"authorization" in headers):
        return None
    try:
        query_string = scope.get("query_string", b"").decode()
    except UnicodeDecodeError:
        return None
    return _key(host.decode("latin-1"), scope["path"], query_string)


_async_clients: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _async_redis():
    # One asyncio client per event loop (a client cannot move between loops).
    loop = asyncio.get_running_loop()
    if loop not in _async_clients:
        import redis.asyncio

        _async_clients[loop] = redis.asyncio.Redis.from_url(settings.REDIS_URL)
    return _async_clients[loop]


async def lookup_for_scope(scope: dict) -> tuple | None:
    """A cached page for an ASGI request, found without entering Django at all.

    With Redis the lookup does not block the event loop, so one worker keeps many
    readers' requests in flight.
    """
    key = _scope_key(scope)
    if key is None:
        return None
    if _uses_process_local_cache():
        return cache.get(key)
    raw = await _async_redis().get(cache.make_and_validate_key(key))
    if raw is None:
        return None
    # Written by Django's RedisCache, which pickles everything but plain ints.
    return pickle.loads(raw)  # noqa: S301 - our own cache, the same trust as Django's


def mark_shared_cacheable(response: HttpResponse, seconds: int | None = None) -> HttpResponse:
    # Flags the page cache reads back with getattr; HttpResponse does not declare them.
    response.shared_cacheable = True  # type: ignore[attr-defined]
    if seconds is not None:
        response.shared_cache_seconds = seconds  # type: ignore[attr-defined]
    return response


def shared_cache(view):
    """Let the page cache keep this view's successful answers for anonymous readers."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        return mark_shared_cacheable(view(request, *args, **kwargs))

    return wrapper


if TYPE_CHECKING:
    # A mixin for Wagtail pages: the serve() it extends is Page's, next in the MRO.
    from wagtail.models import Page as _PageBase
else:
    _PageBase = object


class SharedCacheMixin(_PageBase):
    """For Wagtail pages that readers only read: answer GET and HEAD (anything else is a
    405), and cache the live, public page as an anonymous reader sees it."""

    def serve_from_cache_allowed(self, request) -> bool:
        return True

    def shared_cache_seconds(self) -> int:
        """How long this page may be served from the cache (at most PAGE_CACHE_SECONDS)."""
        return settings.PAGE_CACHE_SECONDS

    def serve(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        response = super().serve(request, *args, **kwargs)
        # Restricted pages never get here anonymously: Wagtail's before_serve_page hook
        # answers with a login or password form first, and passing it needs a session.
        if self.serve_from_cache_allowed(request) and not getattr(request, "is_preview", False):
            mark_shared_cacheable(response, self.shared_cache_seconds())
        return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _request_key(request) if settings.PAGE_CACHE_SECONDS else None
        if key is None:
            return self.get_response(request)
        cached = cache.get(key)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if (
            getattr(response, "shared_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            headers = [(k, v) for k, v in response.items() if k.lower() not in _DROPPED_HEADERS]
            seconds = getattr(response, "shared_cache_seconds", settings.PAGE_CACHE_SECONDS)
            if seconds > 0:
                cache.set(key, (200, headers, response.content), seconds)
            response.headers["X-Page-Cache"] = "miss"
        return response
