"""Values every template of the site shell needs."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from newsroom.core import page_cache


def site(request) -> dict:
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "feedback_email": settings.FEEDBACK_EMAIL,
        # Part of every cached fragment's key: any publish makes fragments stale.
        "cache_generation": SimpleLazyObject(page_cache.current_generation),
    }
