"""ASGI entry point, served by granian (see `manage.py serve` and the README).

Anonymous readers' pages that are in the page cache are answered here, before Django
builds a request object: that is most of the traffic of a popular story.
"""

import os

import django
from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIHandler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup(set_prefix=False)


class OneHopASGIHandler(ASGIHandler):
    """Django's ASGI handler, with each request's middleware and view run as one
    synchronous chain, in one hop to the one thread where this process runs Django's
    sync code — as a WSGI worker would.

    Django's own handler gives every request a thread of its own (a new thread, and so a
    new database connection, per request) and runs each old-style middleware's two
    halves through sync_to_async (about twenty hops between the event loop and that
    thread): a trivial view cost ~15 ms here, 300 requests/s on two workers against
    4,000 under WSGI. Our views are synchronous, except the live events stream, whose
    async body is still streamed from the event loop (the sync chain calls the async
    view through async_to_sync, and the view only builds the response). One thread per
    process means a slow request delays the next in that process, as with WSGI sync
    workers; run more workers for more at once."""

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        # Without Django's ThreadSensitiveContext: thread-sensitive work goes to asgiref's
        # one thread per process, which keeps its database connection (CONN_MAX_AGE).
        await self.handle(scope, receive, send)

    def load_middleware(self, is_async=False):
        super().load_middleware(is_async=False)

    async def get_response_async(self, request):
        return await sync_to_async(self.get_response, thread_sensitive=True)(request)


django_application = OneHopASGIHandler()

import threading  # noqa: E402
import time  # noqa: E402

from newsroom.core.page_cache import lookup_for_scope  # noqa: E402 - needs Django set up
from newsroom.moderation import scorers  # noqa: E402
from newsroom.operations.middleware import answered_from_page_cache  # noqa: E402

# The toxicity scorer's model loads in the background as a web process starts, so that
# the first comment it screens does not wait for it.
threading.Thread(target=scorers.warm_up, name="warm-up", daemon=True).start()


async def application(scope, receive, send):
    if scope["type"] == "http":
        started = time.perf_counter()
        cached = await lookup_for_scope(scope)
        if cached is not None:
            status, headers, body = cached
            raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]
            raw_headers.append((b"x-page-cache", b"hit"))
            raw_headers.append(answered_from_page_cache(scope, status, started))
            await send({"type": "http.response.start", "status": status, "headers": raw_headers})
            await send({"type": "http.response.body", "body": body})
            return
    await django_application(scope, receive, send)
