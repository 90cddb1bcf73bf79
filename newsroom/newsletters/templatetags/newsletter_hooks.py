"""Where the page-foot signup form is shown."""

from django import template

register = template.Library()

# Pages with a form of their own that asks for an email address (sign-in, sign-up,
# password reset, the account page, the newsletter's own page): a second address field
# there would confuse readers and their password managers.
_OWN_FORM_PREFIXES = ("account", "newsletters:")


@register.simple_tag(takes_context=True)
def footer_signup_wanted(context) -> bool:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    name = (match.view_name or "") if match else ""
    return not name.startswith(_OWN_FORM_PREFIXES)
