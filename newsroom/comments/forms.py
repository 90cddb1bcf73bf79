"""Forms for writing and reporting comments (HTML input; the API has its own schemas)."""

import secrets

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from newsroom.comments.models import Report
from newsroom.core.numbers import DatabaseIdField


def new_form_key() -> str:
    return secrets.token_hex(16)


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 5, "placeholder": _("Your comment here")}),
    )
    parent = DatabaseIdField(required=False, widget=forms.HiddenInput)
    # Set on the form we send back with a warning: posting it again means "post anyway".
    warned = forms.BooleanField(required=False, widget=forms.HiddenInput)
    # A fresh key per form shown: a post retried after a dropped connection carries the
    # same key, and gets the comment saved the first time instead of a second copy.
    idempotency_key = forms.CharField(
        required=False, widget=forms.HiddenInput, initial=new_form_key
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Not a form-level max_length: the action checks the length and tells the
        # reader by how much they are over, and the text is never lost.
        self.fields["body"].widget.attrs["maxlength"] = settings.COMMENTS_MAX_LENGTH
        self.fields["body"].required = False


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this comment?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Anything else we should know?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
