"""manage.py setup_podcasts: a podcasts page in every edition; editors may upload audio."""

from django.core.management.base import BaseCommand

from newsroom.podcasts.setup import ensure_audio_permissions, ensure_podcast_pages


class Command(BaseCommand):
    help = (
        "Create the podcasts page (/<language>/podcasts/) of every edition and let the "
        "Editors and Reporters groups upload audio. Run after setup_site; safe to run twice."
    )

    def handle(self, *args, **options):
        ensure_podcast_pages()
        ensure_audio_permissions()
        self.stdout.write(self.style.SUCCESS("Podcasts pages and audio permissions are in place."))
