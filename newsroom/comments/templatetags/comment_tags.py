"""Template tags of the comment section: the section itself, its comments (assembled
from cached cards) and avatar colours."""

import hashlib

from django import template
from django.utils.safestring import mark_safe

from newsroom.comments import cards
from newsroom.comments.section import section_html
from newsroom.comments.threads import Node

register = template.Library()


@register.simple_tag(takes_context=True)
def comment_section(context, article):
    return mark_safe(section_html(context["request"], article))  # noqa: S308 - our templates


@register.simple_tag(takes_context=True)
def comment_nodes(context, nodes):
    """These comments (a node or a list of them) with their replies, for this reader."""
    if isinstance(nodes, Node):
        nodes = [nodes]
    html = cards.render_nodes(
        list(nodes or []),
        context["request"],
        context["article_url"],
        shared=context.get("shared_cards", False),
    )
    return mark_safe(html)  # noqa: S308 - cards are rendered by our own escaping templates


AVATAR_HUES = 24


@register.filter
def avatar_hue(name: str) -> int:
    """One of the avatar's 24 colours (comments.css), always the same for the same name.
    A data attribute and a stylesheet rule, not an inline style: the Content-Security-
    Policy allows no style attributes."""
    digest = hashlib.blake2b(str(name).encode(), digest_size=2).digest()
    return int.from_bytes(digest) % AVATAR_HUES


@register.filter
def initial(name: str) -> str:
    name = str(name).strip()
    return name[0].upper() if name else "?"
