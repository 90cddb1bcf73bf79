"""manage.py import_comments: bring comments over from a Disqus, WordPress or JSON Lines
export. Safe to run twice: what was imported before is skipped."""

import sys
from dataclasses import dataclass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.core.progress_bar import render_bar
from newsroom.imports.actions import check_import, run_import
from newsroom.imports.errors import ImportRefused
from newsroom.imports.models import Format, ImportRun
from newsroom.imports.writer import Report

SHOWN_PROBLEMS = 20
SHOWN_UNMATCHED = 10


@dataclass
class _Bar:
    done: int
    total: int
    phase: str

    def __str__(self) -> str:
        return f"{self.done / 1e6:,.1f} of {self.total / 1e6:,.1f} MB  {self.phase}"


class Command(BaseCommand):
    help = (
        "Import comments from a Disqus XML, WordPress WXR or Newsroom JSON Lines export."
        " Threads are matched to articles by URL (and --map for moved stories); running"
        " it again changes nothing. --dry-run reports what would happen."
    )

    def add_arguments(self, parser):
        parser.add_argument("format", choices=Format.values)
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Change nothing; report.")
        parser.add_argument("--map", help="CSV of old URL -> article id or URL (moved stories).")
        parser.add_argument("--time-zone", default="",
                            help="The old site's time zone, for WordPress comments that carry"
                            " only local time (default: TIME_ZONE).")  # fmt: skip
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, format, file, dry_run, map, time_zone, no_progress, **options):
        for path in filter(None, [file, map]):
            if not Path(path).is_file():
                raise CommandError(f"{path}: no such file")
        try:
            check_import(format, time_zone=time_zone)
        except ImportRefused as refused:
            raise CommandError(refused.message) from None
        run = ImportRun.objects.create(format=format, dry_run=dry_run, time_zone=time_zone,
                                       file_name=Path(file).name[:300],
                                       size=Path(file).stat().st_size)  # fmt: skip
        show = None if no_progress else self._bar
        try:
            report = run_import(run, path=file, map_path=map, on_progress=show)
        finally:
            if show:
                sys.stderr.write("\n")
        self._report(run, report)

    def _bar(self, run: ImportRun) -> None:
        sys.stderr.write("\r" + render_bar(_Bar(run.position, run.size, run.phase)))
        sys.stderr.flush()

    def _report(self, run: ImportRun, report: Report) -> None:
        heading = "Dry run, nothing changed" if run.dry_run else "Imported"
        self.stdout.write(f"{heading}: {run.file_name} (import {run.pk})")
        for line in report.lines():
            self.stdout.write(f"  {line}")
        if report.unmatched:
            self.stdout.write("Threads matching no article (the largest):")
            for thread in report.unmatched[:SHOWN_UNMATCHED]:
                self.stdout.write(f"  {thread['comments']:>7} comments  {thread['url'] or '-'}"
                                  f"  {thread['title'][:60]}")  # fmt: skip
        if report.error_count:
            self.stdout.write(f"Problems ({report.error_count}):")
            for problem in report.errors[:SHOWN_PROBLEMS]:
                self.stdout.write(f"  line {problem['line']}: {problem['message']}")
            if report.error_count > SHOWN_PROBLEMS:
                self.stdout.write(f"  … and {report.error_count - SHOWN_PROBLEMS} more (see"
                                  " the import in the admin)")  # fmt: skip
