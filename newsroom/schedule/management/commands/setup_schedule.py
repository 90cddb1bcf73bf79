"""manage.py setup_schedule: a schedule page in every edition; editors may fill it in."""

from django.core.management.base import BaseCommand

from newsroom.schedule.setup import ensure_schedule_pages, ensure_schedule_permissions


class Command(BaseCommand):
    help = (
        "Create the schedule page (/<language>/schedule/) of every edition and let the "
        "Editors group add, change and import programmes. Run after setup_site; safe to "
        "run twice."
    )

    def handle(self, *args, **options):
        ensure_schedule_pages()
        ensure_schedule_permissions()
        self.stdout.write(self.style.SUCCESS("Schedule pages and permissions are in place."))
