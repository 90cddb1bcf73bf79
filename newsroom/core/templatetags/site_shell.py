"""Template tags of the site shell: absolute URLs, JSON-LD and the hooks other apps fill."""

import json

from django import template
from django.conf import settings
from django.template import Engine
from django.template.base import Parser, Token
from django.template.context import Context
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from newsroom.core.hooks import PAGE_HOOKS

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


@register.tag
def hook(parser: Parser, token: Token) -> "HookNode":
    """{% hook "name" %}: the templates newsroom/core/hooks.py lists for the hook, in order."""
    bits = token.split_contents()
    if len(bits) != 2 or len(bits[1]) < 2 or bits[1][0] != bits[1][-1] or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError('{% hook %} takes one quoted name: {% hook "name" %}')
    name = bits[1][1:-1]
    if name not in PAGE_HOOKS:
        raise template.TemplateSyntaxError(
            f"No hook is named {name!r}: declare it in newsroom/core/hooks.py"
        )
    return HookNode(name)


class HookNode(template.Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def render(self, context: Context) -> SafeString:
        parts = []
        for template_name in PAGE_HOOKS[self.name]:
            filler = Engine.get_default().get_template(template_name)
            # As {% include %} does: what a filler sets stays inside it.
            with context.push():
                parts.append(filler.render(context))
        return mark_safe("".join(parts))  # noqa: S308 - rendered templates, escaped as they render


@register.inclusion_tag("core/human_check.html", takes_context=True)
def human_check(context, verdict=None, field_id: str = "human", quiet: bool = False) -> dict:
    """The proof-of-work widget, the honeypot and the no-JavaScript lane's ticket for a
    form anyone may send (newsroom/core/humans.py); nothing when the checks are off."""
    from django.utils.translation import get_language

    from newsroom.core import humans

    return {
        "enabled": humans.enabled(),
        "verdict": verdict,
        # The form shows the message among its own errors.
        "quiet": quiet,
        "field_id": field_id,
        "fields": humans,
        "widget_language": humans.widget_language(get_language() or "en"),
        "wait_seconds": settings.HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS,
    }
