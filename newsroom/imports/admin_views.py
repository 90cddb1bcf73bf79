"""The admin's import and export pages: upload, the progress of each import (a page that
refreshes itself), and downloads of exports."""

from django.contrib import messages
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from newsroom.articles.models import ArticlePage
from newsroom.core.refusals import wants_json
from newsroom.imports.access import get_run_for_viewing, require_importer
from newsroom.imports.actions import do_start_import
from newsroom.imports.errors import ImportRefused
from newsroom.imports.exports import EXPORTERS, EXTENSIONS
from newsroom.imports.forms import ExportForm, ImportForm
from newsroom.imports.models import ImportRun
from newsroom.imports.writer import LABELS


@require_http_methods(["GET", "POST"])
def index(request):
    require_importer(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            run = do_start_import(user=request.user, **form.cleaned_data)
        except ImportRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The import has started."))
            return redirect(reverse("imports_admin:run", args=[run.pk]))
    context = {"form": form, "export_form": ExportForm(), "page_title": _("Comment imports"),
               "runs": ImportRun.objects.all()[:20]}  # fmt: skip
    return render(request, "imports/admin/index.html", context, status=400 if form.errors else 200)


@require_GET
def run(request, pk: int):
    run = get_run_for_viewing(request, pk)
    if wants_json(request):
        return JsonResponse({"status": run.status, "phase": run.phase, "percent": run.percent,
                             "counts": run.counts, "error_count": run.error_count})  # fmt: skip
    counts = [(LABELS.get(key, key), count) for key, count in run.counts.items() if count]
    context = {"run": run, "counts": counts, "page_title": _("Import %d") % run.pk,
               "index_url": reverse("imports_admin:index")}  # fmt: skip
    return render(request, "imports/admin/run.html", context)


@require_GET
def export(request):
    require_importer(request)
    form = ExportForm(request.GET)
    if not form.is_valid():
        messages.error(request, _("Choose a format, and an article id that exists."))
        return redirect(reverse("imports_admin:index"))
    format, article_id = form.cleaned_data["format"], form.cleaned_data["article"]
    if article_id is not None and not ArticlePage.objects.filter(pk=article_id).exists():
        messages.error(request, _("There is no article %d.") % article_id)
        return redirect(reverse("imports_admin:index"))
    name = f"comments-{article_id or 'all'}-{timezone.now():%Y%m%d-%H%M}.{EXTENSIONS[format]}"
    response = StreamingHttpResponse(
        EXPORTERS[format](article_id),
        content_type="application/xml" if format == "disqus" else "application/jsonl",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
