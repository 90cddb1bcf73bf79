"""allauth adapter: after confirming their address, a reader goes back where they were;
disposable addresses refused; failed sign-ins and lockouts recorded for staff."""

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError

from newsroom.accounts import lockouts
from newsroom.core.disposable_email import check_not_disposable

RETURN_TO_KEY = "newsroom_return_to"


def remember_return_to(request) -> None:
    """Keep the page a reader signed up from (allauth's `next`), if it is one of ours."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and DefaultAccountAdapter(request).is_safe_url(target):
        request.session[RETURN_TO_KEY] = target


class AccountAdapter(DefaultAccountAdapter):
    def get_email_verification_redirect_url(self, email_address) -> str:
        # In the browser they signed up in, the confirmation link brings them back to the
        # comment box they came from rather than to the home page.
        back = self.request.session.pop(RETURN_TO_KEY, None)
        return back or super().get_email_verification_redirect_url(email_address)

    def clean_email(self, email: str) -> str:
        # Signing up and adding an address both come here.
        email = super().clean_email(email)
        check_not_disposable(email)
        return email

    def pre_authenticate(self, request, **credentials) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:  # too many failures: the lockout turns this one away
            lockouts.record_failure(request, credentials.get("email", ""), locked_out=True)
            raise

    def authentication_failed(self, request, **credentials) -> None:
        lockouts.record_failure(request, credentials.get("email", ""), locked_out=False)
