"""Forms a reader fills in: the extra signup field and the account page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.accounts.adapter import remember_return_to
from newsroom.accounts.models import (
    DISPLAY_NAME_MAX_LENGTH,
    Profile,
    validate_no_direction_controls,
)


def _clean_display_name(value: str) -> str:
    validate_no_direction_controls(value)
    name = " ".join(value.split())
    if len(name) < 2:
        raise forms.ValidationError(_("Please choose a name of at least two characters."))
    return name


class SignupForm(forms.Form):
    """allauth's signup form gains this field (ACCOUNT_SIGNUP_FORM_CLASS)."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        help_text=_("Shown with your comments. You can change it later."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    field_order = ["email", "display_name", "password1", "password2"]

    def clean_display_name(self) -> str:
        return _clean_display_name(self.cleaned_data["display_name"])

    def signup(self, request, user) -> None:
        remember_return_to(request)
        Profile.objects.update_or_create(
            user=user, defaults={"display_name": self.cleaned_data["display_name"]}
        )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "notify_on_reply", "notify_on_moderation"]

    def clean_display_name(self) -> str:
        return _clean_display_name(self.cleaned_data["display_name"])


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password
