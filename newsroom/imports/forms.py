"""The admin's upload form for an import, and the export's choices."""

from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.imports.models import Format


class ImportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices)
    file = forms.FileField(label=_("Export file"))
    map_file = forms.FileField(
        label=_("Map of moved stories (optional)"), required=False,
        help_text=_("A CSV file: old URL, then the article's id or new URL, one per line."),
    )  # fmt: skip
    time_zone = forms.CharField(
        label=_("Time zone of the old site (optional)"), required=False, max_length=64,
        help_text=_("For WordPress comments that carry only local time, e.g. Europe/Berlin."),
    )  # fmt: skip
    dry_run = forms.BooleanField(label=_("Dry run: report what would happen, change nothing"),
                                 required=False)  # fmt: skip


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        label=_("Format"), choices=[("disqus", _("Disqus XML")), ("jsonl", _("JSON Lines"))]
    )
    article = forms.IntegerField(label=_("Only the article with this id (optional)"),
                                 required=False, min_value=1, max_value=2**31 - 1)  # fmt: skip
