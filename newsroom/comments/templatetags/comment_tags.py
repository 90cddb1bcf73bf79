"""Template tags of the comment section: the section itself and avatar colours."""

import hashlib

from django import template

from newsroom.comments.section import section_context

register = template.Library()


@register.inclusion_tag("comments/section.html", takes_context=True)
def comment_section(context, article):
    return {
        **section_context(context["request"], article),
        "request": context["request"],
        "user": context["request"].user,
        "csrf_token": context.get("csrf_token"),
    }


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
