"""Values every template of the site shell needs."""

from django.conf import settings


def site(request) -> dict:
    return {"site_name": settings.WAGTAIL_SITE_NAME, "feedback_email": settings.FEEDBACK_EMAIL}
