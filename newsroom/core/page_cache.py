"""A whole-page cache for anonymous readers, emptied whenever published content changes.

Views opt in (SharedCacheMixin for pages, @shared_cache for plain views). The
middleware stores what they answer and serves hits under WSGI and the test client;
under ASGI, newsroom/asgi.py looks hits up before Django builds a request at all.
Stored copies keep the response's headers (security headers included) but no cookies.
A part of a page that changes by the clock alone (a commenting window closing) says when
with `valid_until()`, and the page is kept until then at most.
An entry outlives its freshness by STALE_SECONDS: when it goes stale under load, one
request per process rebuilds it (holding a short lock in the cache) while the others
are answered from the stale copy, so the cost of a rebuild never lands on every reader
at once (no stampede). Only fresh entries are served before Django is entered.
Invalidation bumps a *generation* that is part of every key: on the embedded default
the generation lives in a small file in DATA_DIR, so every web process on the machine
sees a bump at once even though each has its own local-memory cache; with Redis it
lives in the shared cache itself, and each process re-reads it at most once a second.
"""

import asyncio
import contextvars
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
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

from newsroom.core.metrics import count_page_cache

GENERATION_KEY = "page-cache-generation"
# Headers a cached copy keeps; anything tied to one visitor (cookies) is dropped.
_DROPPED_HEADERS = {"set-cookie"}
# Request headers that are part of every key: a view may answer differently by them
# (htmx asks for a fragment where a browser gets the whole page; outside the editions'
# prefixes Django picks the language from Accept-Language), and says so in Vary.
KEYED_HEADERS = ("HX-Request", "Accept-Language")
# What a cacheable response may vary by: the keyed headers, and the cookie (only
# anonymous requests, without a session, are cached at all). A response that varies by
# anything else is not stored, so no reader can be served another request's variant.
_VARY_ALLOWED = {header.lower() for header in KEYED_HEADERS} | {"cookie"}


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


# Set by the site's script in a signed-in reader's browser (core/static/core/reader.js):
# it will personalise a shared page itself (the comment section fetches the reader's own
# parts). Without JavaScript the cookie is never set, and the reader's pages are built
# for them on the server, as before. It grants nothing: it only says which copy to send.
PERSONALISES_COOKIE = "nr_reader"


# The embedded comment frame's own sign-in (newsroom/embed keeps an API token in it):
# its reader is signed in, as with a session.
EMBED_COOKIE = "nr_embed"


def _is_anonymous(cookies: dict, has_authorization: bool) -> bool:
    # Anyone with a session (signed in, or carrying messages) sees a page of their own.
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and EMBED_COOKIE not in cookies
        and not has_authorization
    )


def _personalises_in_browser(cookies: dict, has_authorization: bool) -> bool:
    return (
        cookies.get(PERSONALISES_COOKIE) is not None
        and "messages" not in cookies
        and not has_authorization
    )


def _keyed(name: str, value: str) -> str:
    if name == "Accept-Language":
        # Only the edition language it would choose: browsers send many spellings of
        # the same preference, and the page differs by the language, not the spelling.
        for code, _quality in parse_accept_lang_header(value[:255]):
            try:
                return get_supported_language_variant(code)
            except LookupError:
                continue
        return ""
    return value[:16]


def _key(host: str, path: str, query_string: str, keyed_values: tuple[str, ...]) -> str:
    # Hashed: a URL can be longer than a cache backend accepts as a key.
    variant = "\n".join(keyed_values)
    address = f"{host}{path}?{query_string}\n{variant}".encode()
    digest = hashlib.blake2b(address, digest_size=16).hexdigest()
    return f"page:{current_generation()}:{digest}"


def _varies_only_by_keyed_headers(response: HttpResponse) -> bool:
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= _VARY_ALLOWED


def _request_key(request: HttpRequest, *, for_reading: bool = False) -> str | None:
    """The key of this request's page; None when it may not be served from the cache
    (or, unless `for_reading`, stored in it)."""
    if request.method != "GET":
        return None
    has_authorization = "HTTP_AUTHORIZATION" in request.META
    if not _is_anonymous(request.COOKIES, has_authorization) and not (
        for_reading and _personalises_in_browser(request.COOKIES, has_authorization)
    ):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:  # the view's own 400 answers a bad Host header
        return None
    keyed = tuple(_keyed(name, request.headers.get(name, "")) for name in KEYED_HEADERS)
    return _key(host, request.path, request.META.get("QUERY_STRING", ""), keyed)


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
    has_authorization = b"authorization" in headers
    if not _is_anonymous(cookies, has_authorization) and not _personalises_in_browser(
        cookies, has_authorization
    ):
        return None
    try:
        query_string = scope.get("query_string", b"").decode()
    except UnicodeDecodeError:
        return None
    keyed = tuple(
        _keyed(name, headers.get(name.lower().encode("latin-1"), b"").decode("latin-1"))
        for name in KEYED_HEADERS
    )
    return _key(host.decode("latin-1"), scope["path"], query_string, keyed)


_async_clients: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _async_redis():
    # One asyncio client per event loop (a client cannot move between loops).
    loop = asyncio.get_running_loop()
    if loop not in _async_clients:
        import redis.asyncio

        _async_clients[loop] = redis.asyncio.Redis.from_url(settings.REDIS_URL)
    return _async_clients[loop]


# How long a page may be served stale while one request rebuilds it, and how long that
# request may take before another is allowed to try.
STALE_SECONDS = 30
REBUILD_LOCK_SECONDS = 10


def _entry(status: int, headers: list, content: bytes, seconds: int, shared: bool) -> tuple:
    """What the cache keeps of a page: its answer, when it stops being fresh, and
    whether a signed-in reader's browser may be sent it to personalise itself."""
    return (status, headers, content, time.time() + seconds, shared)


def _is_fresh(entry: tuple) -> bool:
    return len(entry) == 5 and time.time() < entry[3]


def _may_serve(entry: tuple | None, anonymous: bool) -> bool:
    return entry is not None and len(entry) == 5 and (anonymous or entry[4])


async def lookup_for_scope(scope: dict) -> tuple | None:
    """A fresh cached page (status, headers, body) for an ASGI request, found without
    entering Django at all. A stale one is left to the middleware, which decides who
    rebuilds it.

    With Redis the lookup does not block the event loop, so one worker keeps many
    readers' requests in flight.
    """
    key = _scope_key(scope)
    if key is None:
        return None
    if _uses_process_local_cache():
        entry = cache.get(key)
    else:
        raw = await _async_redis().get(cache.make_and_validate_key(key))
        # Written by Django's RedisCache, which pickles everything but plain ints.
        entry = None if raw is None else pickle.loads(raw)  # noqa: S301 - our own cache
    anonymous = _is_anonymous(cookies_of(scope), b"authorization" in dict(scope["headers"]))
    if not _may_serve(entry, anonymous) or not _is_fresh(entry):
        return None
    count_page_cache("hit")
    return entry[:3]


def cookies_of(scope: dict) -> dict:
    headers = dict(scope.get("headers") or ())
    return parse_cookie(headers.get(b"cookie", b"").decode("latin-1"))


def mark_shared_cacheable(
    response: HttpResponse,
    seconds: int | None = None,
    *,
    personalised_in_browser: bool = False,
    same_for_everyone: bool = False,
) -> HttpResponse:
    """Let the page cache keep this answer for anonymous readers; with
    `personalised_in_browser`, signed-in readers whose script personalises the page
    (PERSONALISES_COOKIE) may be sent the same copy. `same_for_everyone`: the view read
    nothing of who asked, so the answer may be kept even when a signed-in reader asked
    (it still is not if it sets a cookie or varies by one)."""
    # Flags the page cache reads back with getattr; HttpResponse does not declare them.
    response.shared_cacheable = True  # type: ignore[attr-defined]
    response.personalised_in_browser = personalised_in_browser  # type: ignore[attr-defined]
    response.same_for_everyone = same_for_everyone  # type: ignore[attr-defined]
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

    # Pages whose only per-reader parts are filled in by the reader's own browser.
    personalised_in_browser = False

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
            mark_shared_cacheable(
                response,
                self.shared_cache_seconds(),
                personalised_in_browser=self.personalised_in_browser,
            )
        return response


# The moments at which what the page being built shows changes by itself (a commenting
# window closing or opening), noted by whatever drew that part: its cached copy must not
# outlive the earliest. A list per request, so a note made in a copied context (a sync
# call made from async code) still reaches the middleware.
_changes_at: contextvars.ContextVar[list[float] | None] = contextvars.ContextVar(
    "page_cache_changes_at", default=None
)


def valid_until(moment: float) -> None:
    """Note that the page being built shows something that changes by itself at
    `moment` (Unix seconds): the page cache keeps it until then at most."""
    noted = _changes_at.get()
    if noted is not None:
        noted.append(moment)


def _seconds_left(seconds: int, noted: list[float]) -> int:
    if not noted:
        return seconds
    return max(0, min(seconds, int(min(noted) - time.time())))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def _may_rebuild(key: str) -> bool:
        """Whether this request is the one to rebuild a stale entry (the first to ask)."""
        return cache.add(f"{key}:rebuild", 1, REBUILD_LOCK_SECONDS)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _request_key(request, for_reading=True) if settings.PAGE_CACHE_SECONDS else None
        if key is None:
            return self.get_response(request)
        anonymous = _is_anonymous(request.COOKIES, "HTTP_AUTHORIZATION" in request.META)
        cached = cache.get(key)
        if not _may_serve(cached, anonymous):
            cached = None  # another kind of page, or written by an older version
        if cached is not None and (_is_fresh(cached) or not self._may_rebuild(key)):
            status, headers, content, _fresh_until, _shared = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit" if _is_fresh(cached) else "stale"
            count_page_cache(response.headers["X-Page-Cache"])
            return response
        noted: list[float] = []
        token = _changes_at.set(noted)
        try:
            response = self.get_response(request)
        finally:
            _changes_at.reset(token)
        if (
            # Only a page built for nobody in particular is kept.
            (anonymous or getattr(response, "same_for_everyone", False))
            and getattr(response, "shared_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and _varies_only_by_keyed_headers(response)
        ):
            headers = [(k, v) for k, v in response.items() if k.lower() not in _DROPPED_HEADERS]
            seconds = getattr(response, "shared_cache_seconds", settings.PAGE_CACHE_SECONDS)
            seconds = _seconds_left(seconds, noted)
            if seconds > 0:
                shared = getattr(response, "personalised_in_browser", False)
                entry = _entry(200, headers, response.content, seconds, shared)
                cache.set(key, entry, seconds + STALE_SECONDS)
                cache.delete(f"{key}:rebuild")
            response.headers["X-Page-Cache"] = "miss"
            count_page_cache("miss")  # only pages the cache may keep: not /healthz and the like
        return response
