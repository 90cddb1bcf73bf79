"""RSS feeds: the whole edition, one section, one tag."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed


class ArticleFeed(Feed):
    """An RSS 2.0 feed of the newest articles of a queryset, built per request."""

    feed_type = Rss201rev2Feed
    limit = 30

    def __init__(self, *, title: str, link: str, description: str, articles, language: str):
        super().__init__()
        self._title, self._link, self._description = title, link, description
        self._articles = articles
        self.language = language

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self._title

    def link(self):
        return self._link

    def description(self):
        return self._description

    def items(self):
        return (
            self._articles.newest_first()
            .select_related("locale")
            .prefetch_related("tags", "authors")[: self.limit]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]
