"""manage.py setup_site: the editions, their home pages and sections, and editorial groups."""

from django.core.management.base import BaseCommand

from newsroom.articles.editions import ensure_editions, ensure_editorial_groups


class Command(BaseCommand):
    help = (
        "Create the seven editions, their sections and the Editors/Reporters groups. "
        "Safe to run twice."
    )

    def handle(self, *args, **options):
        ensure_editions()
        ensure_editorial_groups()
        self.stdout.write(
            self.style.SUCCESS("Editions, sections and editorial groups are in place.")
        )
