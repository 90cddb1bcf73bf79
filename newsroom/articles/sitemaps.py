"""sitemap.xml for every edition and a Google News sitemap of the last 48 hours."""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.shortcuts import render
from django.utils import timezone
from wagtail.models import Page

from newsroom.articles.models import ArticlePage, ElsewherePage
from newsroom.core.page_cache import shared_cache

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # the news sitemap format's own cap


class EditionPagesSitemap(Sitemap):
    """Every live public page of every edition (not only the default site's tree)."""

    limit = 5000

    def __init__(self, request=None):
        self.request = request

    def items(self):
        pages = Page.objects.live().public().filter(depth__gte=2)
        for elsewhere in ElsewherePage.objects.all():  # threads for other sites' pages
            pages = pages.not_descendant_of(elsewhere, inclusive=True)
        return pages.specific().order_by("path")

    def location(self, item):
        return item.get_url(self.request)

    def lastmod(self, item):
        return item.last_published_at


@shared_cache
def news_sitemap(request):
    articles = (
        ArticlePage.objects.listed()
        .public()
        .published_since(timezone.now() - NEWS_WINDOW)
        .newest_first()
        .select_related("locale")
        .prefetch_related("tags")[:NEWS_LIMIT]
    )
    entries = [(article, article.get_full_url(request)) for article in articles]
    return render(
        request,
        "articles/news_sitemap.xml",
        {"entries": entries, "publication_name": settings.WAGTAIL_SITE_NAME},
        content_type="application/xml; charset=utf-8",
    )
