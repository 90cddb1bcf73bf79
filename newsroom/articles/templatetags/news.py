"""Template tags for the news furniture around every page: sections, ticker, top stories."""

from urllib.parse import quote

from django import template
from wagtail.models import Locale

from newsroom.articles.models import ArticlePage, HomePage, SectionPage

register = template.Library()

TOP_STORIES = 5


def _active_home(context) -> HomePage | None:
    if "_edition_home" not in context.render_context:
        locale = Locale.get_active()
        home = HomePage.objects.live().filter(locale=locale).first()
        context.render_context["_edition_home"] = home
    return context.render_context["_edition_home"]


@register.simple_tag(takes_context=True)
def edition_home(context) -> HomePage | None:
    return _active_home(context)


@register.simple_tag(takes_context=True)
def section_nav(context) -> list[dict]:
    home = _active_home(context)
    if home is None:
        return []
    page = context.get("page")
    current_path = getattr(page, "path", "")
    sections = SectionPage.objects.live().child_of(home).filter(show_in_menus=True)
    return [
        {"section": section, "is_current": current_path.startswith(section.path)}
        for section in sections
    ]


@register.inclusion_tag("articles/includes/breaking_ticker.html", takes_context=True)
def breaking_ticker(context) -> dict:
    story = (
        ArticlePage.objects.published_in(Locale.get_active())
        .breaking_now()
        .newest_first()
        .only("id", "title", "url_path", "path", "depth", "locale_id")
        .first()
    )
    return {"story": story, "request": context.get("request")}


@register.inclusion_tag("articles/includes/top_stories.html", takes_context=True)
def top_stories(context, exclude=None) -> dict:
    stories = ArticlePage.objects.published_in(Locale.get_active()).filter(is_top_story=True)
    if exclude is not None:
        stories = stories.exclude(pk=exclude.pk)
    stories = stories.newest_first().for_cards()[:TOP_STORIES]
    return {"stories": stories, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def route_url(context, name: str, *args) -> str:
    """URL of a route served by the edition's home page (tags, authors, search, feed)."""
    home = _active_home(context)
    if home is None:
        return ""
    return (home.get_url(context.get("request")) or "") + home.reverse_subpage(name, args=args)


@register.filter
def urlquote(value) -> str:
    return quote(str(value), safe="")
