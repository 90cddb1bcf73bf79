"""Signing up without telling anyone who is registered.

allauth hides whether an address has an account only when every sign-in needs a
confirmed address (ACCOUNT_EMAIL_VERIFICATION = "mandatory"); otherwise its signup form
says "A user is already registered with this email address", and a new account is
signed in at once while a registered address is not. Here readers may sign in before
confirming (only commenting waits), and signing up answers "check your inbox" in both
cases: a new account is signed in by its confirmation link, and the owner of a
registered address gets allauth's "you already have an account" email.
"""

from allauth.account import forms as allauth_forms
from allauth.account import views as allauth_views
from allauth.account.adapter import get_adapter
from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.internal.flows.login import perform_login
from allauth.account.internal.flows.signup import complete_signup
from allauth.account.models import Login
from allauth.account.utils import filter_users_by_email
from allauth.core.exceptions import ImmediateHttpResponse
from django import forms

from newsroom.core import humans


class ReaderSignupForm(allauth_forms.SignupForm):
    """ACCOUNT_FORMS["signup"]: a registered address is not an error on the form, and
    the sender must show they are a person (newsroom/core/humans.py)."""

    request = None  # set by SignupView
    asks_for_proof = True  # the fields template adds the check (allauth/elements/fields.html)
    human: humans.Verdict | None = None

    def clean(self):
        cleaned = super().clean()
        # Judged only once the rest holds, so a typo costs no wait or proof of work.
        if not self.errors and self.request is not None:
            self.human = humans.judge(self.request, self.data)
            if not self.human.passed:
                raise forms.ValidationError(self.human.message, code="not_shown_human")
        return cleaned

    def validate_unique_email(self, value: str) -> str:
        email = get_adapter().validate_unique_email(value)
        # try_save() then sends the owner an email instead of making a second account.
        self.account_already_exists = bool(filter_users_by_email(email))
        return email

    def try_save(self, request):
        if not self.account_already_exists:
            return super().try_save(request)
        # allauth's enumeration answer (a sign-in by nobody, for this address, whose
        # verification step emails the owner) needs the mandatory verification step.
        nobody = Login(
            user=None,
            email=self.cleaned_data["email"],
            signup=True,
            email_verification=EmailVerificationMethod.MANDATORY,
        )
        return None, perform_login(request, nobody)


class SignupView(allauth_views.SignupView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.request = self.request
        return form

    def form_valid(self, form):
        self.user, response = form.try_save(self.request)
        if response:
            return response  # a registered address: "check your inbox"
        try:
            # Not signed in yet: the same "check your inbox" answer, then the link.
            return complete_signup(
                self.request,
                user=self.user,
                email_verification=EmailVerificationMethod.MANDATORY,
                redirect_url=self.get_success_url(),
            )
        except ImmediateHttpResponse as immediate:
            return immediate.response


signup = SignupView.as_view()
