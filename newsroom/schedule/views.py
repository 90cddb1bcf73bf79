"""The admin's schedule import: upload a CSV or XMLTV file, see what was kept and why
each bad row was not."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from newsroom.schedule.forms import ImportForm
from newsroom.schedule.importing import BadFile, import_schedule


def import_view(request):
    if not request.user.has_perm("schedule.add_broadcast"):
        raise PermissionDenied
    result, refusal = None, ""
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = import_schedule(data["file"].read(), data["file_format"], data["edition"])
        except BadFile as error:
            refusal = str(error)
    return TemplateResponse(
        request, "schedule/admin/import.html", {"form": form, "result": result, "refusal": refusal}
    )
