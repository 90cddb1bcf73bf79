"""The account page's API tokens: make one (shown once, on the page that answers the
form, never stored in clear or put in a cookie) and revoke one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from newsroom.api.actions import TokenRefused, check_new_token, do_create_token, do_revoke_token
from newsroom.api.forms import NewTokenForm
from newsroom.api.models import PersonalToken
from newsroom.moderation.roles import is_moderator


@login_required
@require_POST
def create_token(request):
    form = NewTokenForm(request.POST, moderator=is_moderator(request.user))
    if not form.is_valid():
        errors = " ".join(str(e) for field_errors in form.errors.values() for e in field_errors)
        messages.error(request, errors)
        return redirect("account")
    try:
        name, scopes = check_new_token(
            request.user, form.cleaned_data["name"], form.cleaned_data["scopes"]
        )
    except TokenRefused as refused:
        messages.error(request, refused.message)
        return redirect("account")
    token, raw = do_create_token(request.user, name, scopes)
    response = render(request, "api/token_created.html", {"token": token, "raw": raw})
    # The token is in this page alone: no cache, no back-button copy.
    patch_cache_control(response, no_store=True, private=True)
    return response


@login_required
@require_POST
def revoke_token(request, token_id: int):
    token = PersonalToken.objects.of_reader(request.user).filter(pk=token_id).first()
    if token is None:
        raise Http404
    do_revoke_token(token)
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("account")
