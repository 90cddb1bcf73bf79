"""ASGI entry point, served by granian (see `manage.py serve` and the README).

Anonymous readers' pages that are in the page cache are answered here, before Django
builds a request object: that is most of the traffic of a popular story.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django_application = get_asgi_application()

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
