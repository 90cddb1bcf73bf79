"""URL map: admin and machine-readable files at the root, editions under /<language>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from newsroom import reader_data
from newsroom.api.endpoints import api
from newsroom.articles.sitemaps import EditionPagesSitemap, news_sitemap
from newsroom.core import views as core_views
from newsroom.core.page_cache import shared_cache
from newsroom.operations import views as operations_views
from newsroom.video.sitemaps import video_sitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots"),
    path("healthz", core_views.health, name="health"),
    path("metrics", operations_views.metrics, name="metrics"),
    path(
        "sitemap.xml",
        shared_cache(sitemap),
        {"sitemaps": {"pages": EditionPagesSitemap}},
        name="sitemap",
    ),
    path("news-sitemap.xml", news_sitemap, name="news-sitemap"),
    path("video-sitemap.xml", video_sitemap, name="video-sitemap"),
    path("api/", api.urls),
    # The proof-of-work challenges of the forms anyone may send (core/humans.py), ours
    # first: altcha-django's own, limited per network address.
    path(
        "altcha/challenge/",
        core_views.HumanCheckChallenge.as_view(),
        name="human-check-challenge",
    ),
    path("altcha/", include("altcha_django.urls")),
    path("", include("newsroom.embed.urls")),
    path("moderation/", include("newsroom.moderation.urls")),
    path("audio/", include("newsroom.podcasts.urls")),
    path("video/", include("newsroom.video.urls")),
    path("newsletters/", include("newsroom.newsletters.webhook_urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path("account/my-data.json", reader_data.download, name="account-data"),
    path("", include("newsroom.comments.urls")),
    path("", include("newsroom.accounts.urls")),
    path("", include("newsroom.api.urls")),
    path("", include("newsroom.newsletters.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "newsroom.core.views.server_error"
