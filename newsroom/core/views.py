"""Views of the site shell: robots.txt, health check, the human check's challenges and
the error pages."""

from altcha_django.views import ChallengeView
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.urls import reverse

from newsroom.core import humans
from newsroom.core.page_cache import shared_cache
from newsroom.core.refusals import Refused, as_json


@shared_cache
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news-sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('video-sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def health(request):
    """For load balancers: answers 200 only when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})


class HumanCheckChallenge(ChallengeView):
    """altcha-django's challenge, limited per network address; over the limit, a 429
    that says why and when to try again (the widget shows that it failed)."""

    def get(self, request, *args, **kwargs):
        if not humans.may_fetch_challenge(request):
            response = as_json(Refused(humans.too_many_challenges_message(), status=429))
            response["Retry-After"] = str(humans.CHALLENGE_WINDOW_SECONDS)
            response["Cache-Control"] = "no-store"
            return response
        return super().get(request, *args, **kwargs)


def server_error(request):
    # The 500 page must not touch the database or anything else that may be down.
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"site_name": settings.WAGTAIL_SITE_NAME}), status=500)
