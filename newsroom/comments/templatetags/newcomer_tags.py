"""The check a new account's comment form carries (newsroom/comments/newcomers.py)."""

from django import template

from newsroom.comments.newcomers import needs_proof
from newsroom.core.templatetags.site_shell import human_check

register = template.Library()


@register.inclusion_tag("core/human_check.html", takes_context=True)
def newcomer_check(context, field_id: str = "new") -> dict:
    request = context.get("request")
    if request is None or not needs_proof(request):
        return {"enabled": False}
    verdict = getattr(request, "human_verdict", None)
    return human_check(context, verdict, f"comment-{field_id}", quiet=True)
