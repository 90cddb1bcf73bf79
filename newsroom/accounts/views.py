"""The reader's account page, account deletion and the reply-email link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsroom.accounts.actions import do_delete_account
from newsroom.accounts.forms import DeleteAccountForm, ProfileForm
from newsroom.accounts.models import Profile
from newsroom.accounts.signing import user_id_from_reply_emails_off_token


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    form = ProfileForm(request.POST or None, instance=request.user.profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your account has been updated."))
        return redirect("account")
    return render(request, "accounts/account.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        do_delete_account(request, request.user)
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return render(request, "accounts/delete_account.html", {"form": form})


# Mail clients send RFC 8058 one-click POSTs with no cookie or CSRF token; the signed
# token in the URL is what authorises the change.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def reply_emails_off(request, token: str):
    user_id = user_id_from_reply_emails_off_token(token)
    if user_id is None:
        return render(request, "accounts/reply_emails_off.html", {"invalid": True}, status=400)
    if request.method == "POST":
        Profile.objects.filter(user_id=user_id).update(notify_on_reply=False)
        return render(request, "accounts/reply_emails_off.html", {"done": True})
    return render(request, "accounts/reply_emails_off.html", {"token": token})
