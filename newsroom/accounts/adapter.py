"""allauth adapter: after confirming their address, a reader goes back where they were."""

from allauth.account.adapter import DefaultAccountAdapter

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
