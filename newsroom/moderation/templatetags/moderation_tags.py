import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def highlight(text: str, words) -> str:
    """The comment's text, escaped, with the words the word list matched in <mark>."""
    escaped = str(escape(text or ""))
    unique = sorted({word for word in words or [] if word}, key=len, reverse=True)
    if unique:
        pattern = re.compile(
            "|".join(rf"(?<!\w){re.escape(escape(word))}(?!\w)" for word in unique), re.IGNORECASE
        )
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    # Escaped above; only <mark> and <br> are added.
    return mark_safe(escaped.replace("\n", "<br>"))  # noqa: S308


@register.filter
def priority_label(part: dict) -> str:
    what, count = str(part.get("what")), part.get("count")
    labels = {
        "reports": _("%(n)s open reports"),
        "toxicity": _("toxicity %(n)s"),
        "words": _("%(n)s listed words"),
        "held_by": _("held by %(n)s"),
        "record": _("author: %(n)s rejected lately"),
    }
    return labels.get(what, "%(n)s") % {"n": count}


@register.filter
def verdict_class(verdict: str) -> str:
    return {"reject": "bad", "hold": "warn", "warn": "warn", "flag": "warn"}.get(verdict, "ok")


@register.simple_tag
def moderation_notices(user, limit: int = 10):
    """An author's latest moderation notices, for their account page."""
    from newsroom.moderation.models import Notice

    if not getattr(user, "is_authenticated", False):
        return []
    return list(Notice.objects.filter(reader=user)[:limit])
