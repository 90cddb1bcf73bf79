"""The Content-Security-Policy header on every response.

Reader pages get a strict policy: scripts, styles, images, audio and fetches only from
this site, no inline script, no inline style, no plugins, no framing by others. The
templates hold no inline script, `on…=` handler or `style=` attribute (a test reads
them all), so no nonce is needed; that also keeps pages served whole from the page
cache correct, since a nonce would be the same in every cached copy.

The staff interfaces (/admin/ for Wagtail, /django-admin/) get a looser policy: their
own templates and widgets use inline scripts and styles that a strict policy would
break, and they show no reader's HTML unescaped. They still refuse plugins, a
hijacked <base> and framing by other sites (Wagtail's preview frames its own pages).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Content-Security-Policy"


def _live_stream_origin() -> str:
    """The origin of LIVE_STREAM_URL, which the Live page's player fetches and plays."""
    if not settings.LIVE_STREAM_URL:
        return ""
    parts = urlsplit(settings.LIVE_STREAM_URL)
    return f" {parts.scheme}://{parts.netloc}"


SITE_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        # The video player (newsroom/video) feeds <video> through Media Source
        # Extensions, whose stream is a blob: URL made by the site's own script.
        f"media-src 'self' blob:{_live_stream_origin()}",
        "font-src 'self'",
        f"connect-src 'self'{_live_stream_origin()}",
        # The proof-of-work widget (core/humans.py) solves in workers it makes from a
        # blob of its own script; a blob: URL is only ever made by script already here.
        "worker-src 'self' blob:",
        # Video and other embeds in articles are iframes from their providers.
        "frame-src https:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
STAFF_POLICY = "; ".join(["object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'"])
STAFF_PREFIXES = ("/admin/", "/django-admin/")


# The embedded comment section (newsroom/embed) may be framed by the sites listed in
# EMBED_ALLOWED_ORIGINS, and by nobody else; every other page stays unframeable.
EMBED_PREFIX = "/embed/"


def embed_policy() -> str:
    ancestors = " ".join(["'self'", *settings.EMBED_ALLOWED_ORIGINS])
    return SITE_POLICY.replace("frame-ancestors 'none'", f"frame-ancestors {ancestors}")


def policy_for(path: str) -> str:
    if path.startswith(EMBED_PREFIX):
        return embed_policy()
    return STAFF_POLICY if path.startswith(STAFF_PREFIXES) else SITE_POLICY


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if HEADER not in response:  # a view that sets its own policy keeps it
            response[HEADER] = policy_for(request.path)
        return response
