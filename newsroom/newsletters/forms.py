"""The signup form: an address and an edition."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from newsroom.core.disposable_email import check_not_disposable


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, like name@example.com."),
        },
    )
    edition = forms.ChoiceField(
        label=_("Edition"),
        choices=settings.LANGUAGES,
        error_messages={"invalid_choice": _("Please choose one of the editions.")},
    )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"]
        check_not_disposable(email)
        return email
