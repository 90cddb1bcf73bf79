"""Template tags for the furniture of every page: editions, sections, ticker, top stories."""

import hashlib
from urllib.parse import quote

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page

from newsroom.articles.furniture import LIFETIME_SECONDS, Furniture, furniture_for
from newsroom.core import page_cache

register = template.Library()


def _furniture(context) -> Furniture:
    if "_furniture" not in context.render_context:
        context.render_context["_furniture"] = furniture_for(get_language())
    return context.render_context["_furniture"]


@register.simple_tag(takes_context=True)
def furniture(context) -> Furniture:
    return _furniture(context)


@register.simple_tag(takes_context=True)
def section_nav(context) -> list[dict]:
    page = context.get("page")
    current_path = getattr(page, "path", "")
    return [
        {
            "section": section,
            "is_current": bool(current_path) and current_path.startswith(section.path),
        }
        for section in _furniture(context).sections
    ]


@register.inclusion_tag("articles/includes/breaking_ticker.html", takes_context=True)
def breaking_ticker(context) -> dict:
    return {"story": _furniture(context).ticker}


@register.inclusion_tag("articles/includes/top_stories.html", takes_context=True)
def top_stories(context, exclude=None) -> dict:
    return {"stories": _furniture(context).top_stories_without(getattr(exclude, "pk", None))}


@register.simple_tag(takes_context=True)
def route_url(context, name: str, *args) -> str:
    """URL of a route served by the edition's home page (tags, authors, search, feed)."""
    from newsroom.articles.models import HomePage

    home = _furniture(context).home
    if home is None:
        return ""
    return home.url + HomePage.get_resolver().reverse(name, *args)


@register.simple_tag(takes_context=True)
def editions(context) -> list[dict]:
    """One entry per edition: where the switcher should lead from the current page.

    A page with a translation links to it; otherwise to that edition's front page.
    Routes served by a home page (tags, authors, search) keep their tail. Kept in the
    cache until published content changes, like the rest of the furniture.
    """
    request = context.get("request")
    page = context.get("page")
    address = f"{getattr(page, 'pk', '')}:{request.path if request is not None else ''}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    key = f"editions:{page_cache.current_generation()}:{get_language()}:{digest}"
    entries = cache.get(key)
    if entries is None:
        entries = _editions(request, page, _furniture(context).homes)
        cache.set(key, entries, LIFETIME_SECONDS)
    return entries


def _editions(request, page, homes: dict[str, str]) -> list[dict]:
    translations: dict[str, str] = {}
    route_tail = ""
    if isinstance(page, Page):
        page_url = page.get_url(request) or ""
        if request is not None and request.path != page_url and request.path.startswith(page_url):
            # A sub-route (e.g. /en/tags/energy/): only home pages share their routes.
            route_tail = request.path[len(page_url) :] if page.depth == 2 else ""
        else:
            for translation in (
                page.get_translations(inclusive=True).live().select_related("locale")
            ):
                translations[translation.locale.language_code] = translation.get_url(request) or ""
    current = get_language()
    entries = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or (homes[code] + route_tail if code in homes else None)
        if url is None:
            continue
        entries.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_translation": code in translations,
                "is_current": code == current,
            }
        )
    return entries


@register.filter
def urlquote(value) -> str:
    return quote(str(value), safe="")
