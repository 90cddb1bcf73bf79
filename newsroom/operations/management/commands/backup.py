"""manage.py backup [PATH]: the database, media, secret key and moderation model in one
archive, taken while the site keeps serving and writing (newsroom/operations/backups.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.operations.backups import BackupError, default_path, make_backup


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite's online backup API, or pg_dump), media, secret key "
        "and moderation model into one .tar.gz; safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            help="where to write it (default: DATA_DIR/backups/newsroom-….tar.gz)",
        )

    def handle(self, *args, **options):
        path = Path(options["path"]) if options["path"] else default_path()
        try:
            manifest = make_backup(path, progress=self.stderr.write)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up {manifest.comments} comments and {manifest.media_files} media files "
            f"({manifest.database}) to {path}"
        )
