"""Template tags of the schedule app: the channel bar under every page's header."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from newsroom.articles.editions import edition_time_zone
from newsroom.schedule.models import NowAndNext, SchedulePage
from newsroom.video.models import LivePage, TVShowIndexPage, WhereToWatchPage

register = template.Library()

CHANNEL_PAGES = (TVShowIndexPage, SchedulePage, WhereToWatchPage, LivePage)


def _first(model, language: str) -> Page | None:
    return model.objects.live().filter(locale__language_code=language).first()


@register.inclusion_tag("schedule/includes/channel_bar.html")
def channel_bar() -> dict:
    """Links to the edition's Shows, Schedule, Where to watch and Live pages, with what
    is on now and next. Part of every page, so part of its cached copy: the schedule
    page keeps its copy only until the next change; other pages for PAGE_CACHE_SECONDS."""
    language = get_language()
    links = [page for model in CHANNEL_PAGES if (page := _first(model, language))]
    if not links:
        return {"links": []}
    current = NowAndNext(language)
    zone = edition_time_zone(language)
    return {
        "links": links,
        "on_now": current.on_now,
        "next": current.next,
        "zone": zone,
    }
