"""The admin's schedule import form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from newsroom.schedule.importing import MAX_BYTES


class ImportForm(forms.Form):
    edition = forms.ChoiceField(label=_("Edition"), choices=settings.LANGUAGES)
    file_format = forms.ChoiceField(
        label=_("Format"), choices=[("csv", "CSV"), ("xmltv", "XMLTV")], initial="csv"
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "CSV: start,end,title,description on the edition's clock. XMLTV: <programme> elements."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
