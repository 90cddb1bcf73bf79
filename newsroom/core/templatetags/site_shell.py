"""Template tags of the site shell: editions, hreflang alternates and JSON-LD."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data) -> str:
    """Embed a dict as a JSON-LD script; escaped so text can never close the tag."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def _edition_homes() -> dict[str, Page]:
    homes = Page.objects.live().filter(depth=2).select_related("locale")
    return {home.locale.language_code: home for home in homes}


@register.simple_tag(takes_context=True)
def editions(context) -> list[dict]:
    """One entry per edition: where the switcher should lead from the current page.

    A page with a translation links to it; otherwise to that edition's front page.
    Routes served by a home page (tags, authors, search) keep their tail.
    """
    request = context.get("request")
    page = context.get("page")
    homes = _edition_homes()
    translations = {}
    route_tail = ""
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
        page_url = page.get_url(request) or ""
        if request is not None and request.path != page_url and request.path.startswith(page_url):
            # A sub-route (e.g. /en/tags/energy/): only homes share their routes.
            route_tail = request.path[len(page_url) :] if page.depth == 2 else ""
            translations = {code: home for code, home in homes.items()} if route_tail else {}
    current = get_language()
    entries = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        entries.append(
            {
                "code": code,
                "name": name,
                "url": (target.get_url(request) or "") + route_tail,
                "is_translation": code in translations and not route_tail,
                "is_current": code == current,
            }
        )
    return entries


@register.simple_tag
def absolute_url(url: str) -> str:
    """The public address of a site path: canonical and hreflang links use SITE_URL,
    never the Host header of whoever asked."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url
