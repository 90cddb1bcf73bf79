"""The account page's form for a new personal API token."""

from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.api.models import Scope


class NewTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"),
        max_length=80,
        help_text=_("What it is for, e.g. “phone app”."),
    )
    scopes = forms.MultipleChoiceField(
        label=_("It may"),
        choices=Scope.choices,
        initial=[Scope.READ],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, moderator: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        scopes = self.fields["scopes"]
        if not moderator and isinstance(scopes, forms.MultipleChoiceField):
            scopes.choices = [c for c in Scope.choices if c[0] != Scope.MODERATE]
