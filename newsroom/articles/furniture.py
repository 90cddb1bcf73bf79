"""The furniture around every page of an edition: sections, ticker, top stories, homes.

It is the same for every page of an edition, so it is built once and kept in the cache
until published content changes (the page cache's generation), instead of costing a
dozen queries on every page that is not served whole from the page cache.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.utils import timezone

from newsroom.core import page_cache

TOP_STORIES = 5
# Furniture is rebuilt at least this often even without a publish.
LIFETIME_SECONDS = 300


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    path: str = ""
    pk: int = 0
    published_at: datetime | None = None
    expires_at: datetime | None = None


@dataclass(frozen=True)
class Furniture:
    home: Link | None
    sections: list[Link] = field(default_factory=list)
    ticker: Link | None = None
    top_stories: list[Link] = field(default_factory=list)
    homes: dict[str, str] = field(default_factory=dict)  # language code → home URL

    def section_for(self, path: str) -> Link | None:
        return next((s for s in self.sections if path.startswith(s.path)), None)

    def top_stories_without(self, pk: int | None) -> list[Link]:
        return [story for story in self.top_stories if story.pk != pk][:TOP_STORIES]

    def seconds_valid(self, longest: int) -> int:
        """How long pages showing this furniture stay right: until the ticker expires."""
        if self.ticker is None or self.ticker.expires_at is None:
            return longest
        left = (self.ticker.expires_at - timezone.now()).total_seconds()
        return max(0, min(longest, int(left)))


def furniture_for(language_code: str) -> Furniture:
    key = f"furniture:{page_cache.current_generation()}:{language_code}"
    found = cache.get(key)
    # The cache's own expiry is not trusted with the ticker's time: Redis counts whole
    # seconds on its own clock. A copy whose ticker story has expired is built again.
    if found is None or found.seconds_valid(LIFETIME_SECONDS) == 0:
        found = _build(language_code)
        seconds = found.seconds_valid(LIFETIME_SECONDS)
        if seconds > 0:
            cache.set(key, found, seconds)
    return found


def _build(language_code: str) -> Furniture:
    from newsroom.articles.models import ArticlePage, HomePage, SectionPage

    homes = {
        home.locale.language_code: home for home in HomePage.objects.live().select_related("locale")
    }
    home = homes.get(language_code)
    if home is None:
        return Furniture(home=None)
    sections = SectionPage.objects.live().child_of(home).filter(show_in_menus=True)
    articles = ArticlePage.objects.published_in(home.locale).only(
        "id", "title", "url_path", "path", "depth", "locale_id", "published_at", "breaking_until"
    )
    ticker = articles.breaking_now().newest_first().first()
    top = articles.filter(is_top_story=True).newest_first()[: TOP_STORIES + 1]
    return Furniture(
        home=_link(home),
        sections=[_link(section) for section in sections],
        ticker=_link(ticker) if ticker else None,
        top_stories=[_link(story) for story in top],
        homes={code: page.get_url() or "" for code, page in homes.items()},
    )


def _link(page) -> Link:
    return Link(
        title=page.title,
        url=page.get_url() or "",
        path=page.path,
        pk=page.pk,
        published_at=getattr(page, "published_at", None),
        expires_at=getattr(page, "breaking_until", None),
    )
