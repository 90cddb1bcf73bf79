"""Outermost middleware: a request id for every request, and its count and latency
by view for /metrics. Both sit outside the page cache, so cached answers are counted
and carry the id too (and no cached copy keeps another request's id)."""

import time

from django.http import HttpRequest, HttpResponse

from newsroom.core import metrics
from newsroom.operations.request_context import (
    REQUEST_ID_HEADER,
    current_request_id,
    request_id_from,
)


def view_label(request: HttpRequest) -> str:
    """The URL's name (Wagtail's pages are all `wagtail_serve`); for a cached page
    answered before URL resolution, `page_cache`; for no route, `unmatched`."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unmatched"
    return match.view_name or match.func.__name__


# Anything else a client sends as a method is counted as "other", so that made-up
# methods cannot add labels without end.
_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def method_label(method: str | None) -> str:
    return method if method in _METHODS else "other"


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
        request.request_id = request_id  # type: ignore[attr-defined]
        # Not reset on the way out: Django logs a 4xx or 5xx answer after the middleware
        # has returned, and that line must carry the id too. Under ASGI each request has
        # a context of its own; under WSGI the next request in the thread sets its own.
        current_request_id.set(request_id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        if response.get("X-Page-Cache") in ("hit", "stale"):
            view = "page_cache"
        else:
            view = view_label(request)
        status = str(response.status_code)
        metrics.HTTP_REQUESTS.labels(view, method_label(request.method), status).inc()
        metrics.HTTP_LATENCY.labels(view).observe(time.perf_counter() - started)
        return response


def answered_from_page_cache(scope: dict, status: int, started: float) -> tuple[bytes, bytes]:
    """Count a page that newsroom/asgi.py answered from the cache before Django saw the
    request, and give it a request id: the header to add to its response."""
    headers = dict(scope.get("headers") or ())
    incoming = headers.get(REQUEST_ID_HEADER.lower().encode("latin-1"), b"")
    request_id = request_id_from(incoming.decode("latin-1"))
    metrics.HTTP_REQUESTS.labels("page_cache", method_label(scope.get("method")), str(status)).inc()
    metrics.HTTP_LATENCY.labels("page_cache").observe(time.perf_counter() - started)
    return (REQUEST_ID_HEADER.lower().encode("latin-1"), request_id.encode("latin-1"))
