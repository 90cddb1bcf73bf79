"""The account page's list of the reader's API tokens (filled into its hook)."""

from django import template

from newsroom.api.forms import NewTokenForm
from newsroom.moderation.roles import is_moderator

register = template.Library()


@register.simple_tag
def reader_api_tokens(user):
    from newsroom.api.models import PersonalToken

    if not getattr(user, "is_authenticated", False):
        return []
    return list(PersonalToken.objects.of_reader(user).filter(kind=PersonalToken.Kind.PERSONAL))


@register.simple_tag
def new_token_form(user):
    return NewTokenForm(moderator=is_moderator(user))
