"""manage.py restore PATH: bring a site back from `manage.py backup`'s archive, into a
fresh DATA_DIR (or over an existing site with --replace, once it is stopped)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.operations.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore the database, media, secret key and moderation model from a backup. "
        "Stop the site first; then run migrate (the backup may predate this version)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the archive written by manage.py backup")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="overwrite a database that already has tables (the site must be stopped)",
        )

    def handle(self, *args, **options):
        try:
            manifest = restore_backup(
                Path(options["path"]), replace=options["replace"], progress=self.stderr.write
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored the backup of {manifest.created_at}: {manifest.comments} comments, "
            f"{manifest.media_files} media files. Now run: manage.py migrate"
        )
