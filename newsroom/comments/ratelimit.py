"""How fast a reader may post: a fixed window per reader and per address, counted in
the cache (Redis when scaled, so every web process shares the count)."""

import time

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils.translation import gettext as _

from newsroom.comments.errors import CommentRefused

WINDOW_SECONDS = 60


def _consume(key: str, limit: int) -> bool:
    """Count one more post under `key` in this minute; False once over `limit`."""
    if limit <= 0:
        return True
    window = int(time.time() // WINDOW_SECONDS)
    full_key = f"comments:rate:{key}:{window}"
    cache.add(full_key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(full_key)
    except ValueError:  # evicted between add and incr
        cache.set(full_key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    return count <= limit


def check_posting_rate(request) -> None:
    """Refuse (429) a reader or address that posts faster than the settings allow.
    Staff are not limited: they may need to answer many readers at once."""
    user = request.user
    if user.is_staff:
        return
    per_reader = settings.COMMENTS_POSTS_PER_MINUTE
    per_address = settings.COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS
    try:
        address = get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):  # no address, or proxies misconfigured
        address = request.META.get("REMOTE_ADDR") or "unknown"
    reader_ok = _consume(f"user:{user.pk}", per_reader)
    address_ok = _consume(f"ip:{address}", per_address)
    if not reader_ok:
        raise CommentRefused(
            _(
                "You are posting too fast: at most %(limit)d comments a minute. "
                "Please wait a moment and post again; your text is kept."
            )
            % {"limit": per_reader},
            status=429,
        )
    if not address_ok:
        raise CommentRefused(
            _(
                "Too many comments are coming from your network right now. "
                "Please wait a minute and post again; your text is kept."
            ),
            status=429,
        )
