"""Starting and running an import.

`check_import` validates what was asked; `do_start_import` records the run and queues
the background task once the upload has committed; `run_import` does the work, for the
task and for `manage.py import_comments` alike.
"""

import time
import zoneinfo
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.imports import disqus, jsonl, wordpress
from newsroom.imports.database import for_bulk_work
from newsroom.imports.errors import ImportRefused
from newsroom.imports.garbage import collected_less
from newsroom.imports.matching import ArticleMatcher, read_map
from newsroom.imports.models import Format, ImportRun, this_process
from newsroom.imports.writer import Report, Writer

PROGRESS_SECONDS = 1.0


def zone_named(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ImportRefused(_("%(zone)s is not a time zone.") % {"zone": name}) from None


def check_import(format: str, *, time_zone: str = "") -> None:
    if format not in Format.values:
        raise ImportRefused(_("Choose Disqus, WordPress or JSON Lines."))
    zone_named(time_zone)
    if ImportRun.objects.under_way().filter(dry_run=False).exists():
        raise ImportRefused(_("Another import is under way; start this one when it is done."))


def do_start_import(*, user, format: str, file, map_file=None, dry_run: bool = False,
                    time_zone: str = "") -> ImportRun:  # fmt: skip
    check_import(format, time_zone=time_zone)
    with transaction.atomic():
        run = ImportRun(format=format, dry_run=dry_run, created_by=user, time_zone=time_zone,
                        file_name=Path(file.name).name[:300], size=file.size or 0)  # fmt: skip
        run.file.save(Path(file.name).name[:100], file, save=False)
        if map_file:
            run.map_file.save(Path(map_file.name).name[:100], map_file, save=False)
        run.save()
        from newsroom.imports.tasks import import_comments

        transaction.on_commit(lambda: import_comments.enqueue(run.pk))
    return run


def records_of(format: str, file: BinaryIO, zone: zoneinfo.ZoneInfo):
    if format == Format.DISQUS:
        return disqus.parse(file)
    if format == Format.WORDPRESS:
        return wordpress.parse(file, zone)
    return jsonl.parse(file)


def run_import(
    run: ImportRun,
    *,
    path: str | None = None,
    map_path: str | None = None,
    on_progress: Callable[[ImportRun], None] | None = None,
) -> Report:
    """Import the run's file (or the file at `path`), recording progress and the
    report on the run as it goes."""
    _close_abandoned()
    run.status, run.started_at = ImportRun.Status.RUNNING, timezone.now()
    run.updated_at, run.worker = run.started_at, this_process()
    run.save(update_fields=["status", "started_at", "updated_at", "worker"])
    for_bulk_work()
    try:
        with ExitStack() as files:
            files.enter_context(collected_less())
            file = files.enter_context(open(path, "rb") if path else run.file.open("rb"))
            if path:
                run.size = Path(path).stat().st_size
            mapping: dict = {}
            map_source = (
                open(map_path, "rb")
                if map_path
                # noqa: SIM115
                else (run.map_file.open("rb") if run.map_file else None)
            )
            if map_source is not None:
                files.enter_context(map_source)
                mapping, problems = read_map(map_source)
            writer = Writer(matcher=ArticleMatcher(mapping), run=run, dry_run=run.dry_run,
                            progress=_progress_saver(run, file, on_progress))  # fmt: skip
            if map_source is not None:
                for line, message in problems:
                    writer.report.problem(line, _("map of moved stories: %s") % message)
            report = writer.write(records_of(run.format, file, zone_named(run.time_zone)))
    except Exception as error:
        run.status, run.finished_at = ImportRun.Status.FAILED, timezone.now()
        run.errors = [*run.errors, {"line": 0, "message": f"the import failed: {error}"}][-200:]
        run.error_count += 1
        run.save()
        raise
    run.status, run.finished_at, run.phase = ImportRun.Status.FINISHED, timezone.now(), ""
    run.updated_at = run.finished_at
    run.position = run.size
    _save_report(run, report)
    if on_progress:
        on_progress(run)
    return report


def _close_abandoned() -> None:
    """Runs whose process was killed part-way are marked failed, saying so: this run
    (of the same file) finishes their work, since every batch they wrote is kept."""
    gone = ImportRun.objects.abandoned()
    if gone:
        message = {"line": 0, "message": "the import's process ended before it finished;"
                   " importing the same file again finishes it"}  # fmt: skip
        for run in ImportRun.objects.filter(pk__in=gone):
            run.status, run.phase, run.finished_at = ImportRun.Status.FAILED, "", timezone.now()
            run.errors, run.error_count = [*run.errors, message][-200:], run.error_count + 1
            run.save(update_fields=["status", "phase", "finished_at", "errors", "error_count"])


def _progress_saver(run: ImportRun, file, on_progress):
    last = [0.0]

    def saved(phase: str) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_SECONDS and phase == run.phase:
            return
        last[0] = now
        run.phase = phase
        try:
            run.position = file.tell()
        except (OSError, ValueError):
            pass
        run.updated_at = timezone.now()
        ImportRun.objects.filter(pk=run.pk).update(
            phase=run.phase, position=run.position, updated_at=run.updated_at
        )
        if on_progress:
            on_progress(run)

    return saved


def _save_report(run: ImportRun, report: Report) -> None:
    run.counts = dict(report.counts)
    run.errors, run.error_count = report.errors, report.error_count
    run.unmatched = report.unmatched
    run.save()
