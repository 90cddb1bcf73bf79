"""Moderators' input: rejecting, suspending, banning, bulk decisions, log filters."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.core.numbers import DatabaseIdField, database_id
from newsroom.moderation.models import AuditEntry, RejectReason


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=RejectReason.choices)
    note = forms.CharField(label=_("Note to the author (optional)"), required=False, max_length=300)


class BulkForm(forms.Form):
    action = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    ids = forms.CharField(
        help_text="comma-separated comment ids",
        error_messages={"required": _("Select at least one comment.")},
    )
    reason = forms.ChoiceField(choices=RejectReason.choices, required=False)

    def clean_ids(self):
        raw = self.cleaned_data["ids"].replace(" ", "")
        ids = [number for part in raw.split(",") if (number := database_id(part)) is not None]
        if not ids:
            raise forms.ValidationError(_("Select at least one comment."))
        if len(ids) > 200:
            raise forms.ValidationError(_("At most 200 comments at once."))
        return ids


class BanForm(forms.Form):
    reason = forms.CharField(label=_("Why (the reader is told)"), max_length=300)


SUSPENSION_DAYS = [(1, _("1 day")), (3, _("3 days")), (7, _("7 days")), (30, _("30 days"))]


class SuspendForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("For"), choices=SUSPENSION_DAYS, coerce=int, required=False
    )
    until = forms.DateTimeField(
        label=_("Or until"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    message = forms.CharField(label=_("Message to the reader"), max_length=300, required=False)

    def clean(self):
        data = super().clean() or {}
        until = data.get("until")
        if until is None and data.get("days"):
            until = timezone.now() + timedelta(days=data["days"])
        if until is None:
            raise forms.ValidationError(_("Choose how long, or until when."))
        if until <= timezone.now():
            raise forms.ValidationError(_("A suspension ends in the future."))
        data["until"] = until
        return data


class LogFilterForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("", _("Any action"))] + AuditEntry.Action.choices, required=False
    )
    who = forms.ChoiceField(
        choices=[("", _("People and checks")), ("people", _("People")), ("checks", _("Checks"))],
        required=False,
    )
    reader = DatabaseIdField(required=False)
    comment = DatabaseIdField(required=False)
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
