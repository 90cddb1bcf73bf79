"""manage.py import_schedule: read an edition's schedule from a CSV or XMLTV file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.schedule.importing import BadFile, import_schedule


class Command(BaseCommand):
    help = (
        "Import programmes into an edition's schedule from a CSV (start,end,title,"
        "description; local times) or XMLTV file. Good rows are kept, bad rows are listed "
        "with their line. A programme with the same start replaces the one there, so it "
        "is safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--edition", default="en", help="language code, e.g. en or ar")
        parser.add_argument("--format", choices=["csv", "xmltv"], help="default: from the name")

    def handle(self, *args, path: Path, edition: str, format: str | None, **options):
        file_format = format or ("xmltv" if path.suffix.lower() == ".xml" else "csv")
        try:
            result = import_schedule(path.read_bytes(), file_format, edition)
        except (OSError, BadFile) as error:
            raise CommandError(f"{path}: {error}") from None
        for message in result.errors:
            self.stderr.write(f"{path}: {message}")
        self.stdout.write(
            f"{result.imported} programmes imported, {len(result.errors)} rows refused."
        )
