"""How fast a reader may post: a window per reader and per network address, counted by
the site's one rate limiter (newsroom/core/ratelimit.py), which every web process shares."""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils.translation import gettext as _

from newsroom.comments.errors import CommentRefused
from newsroom.core.ratelimit import Rate, hits

WINDOW_SECONDS = 60


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
    reader_ok, address_ok = hits(
        (Rate("comments:reader", per_reader, WINDOW_SECONDS), str(user.pk)),
        (Rate("comments:address", per_address, WINDOW_SECONDS), address),
    )
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
