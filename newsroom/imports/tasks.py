"""The background task behind an import started from the admin (run by `db_worker`)."""

from django_tasks import task

from newsroom.imports.actions import run_import
from newsroom.imports.models import ImportRun


@task()
def import_comments(run_id: int) -> str:
    run = ImportRun.objects.filter(pk=run_id, status=ImportRun.Status.QUEUED).first()
    if run is None:
        return "not queued"
    try:
        report = run_import(run)
    except Exception:  # noqa: BLE001 - recorded on the run for the admin to see
        return "failed"
    return f"finished: {report.error_count} problems"
