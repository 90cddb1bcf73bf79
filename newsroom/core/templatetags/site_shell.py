"""Template tags of the site shell: absolute URLs and JSON-LD."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data) -> str:
    """Embed a dict as a JSON-LD script; escaped so text can never close the tag."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag
def absolute_url(url: str) -> str:
    """The public address of a site path: canonical and hreflang links use SITE_URL,
    never the Host header of whoever asked."""
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url
