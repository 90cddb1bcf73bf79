"""manage.py setup_video: the channel's pages in every edition; editors may upload video."""

from django.core.management.base import BaseCommand

from newsroom.video.setup import ensure_channel_pages, ensure_video_permissions


class Command(BaseCommand):
    help = (
        "Create the Shows, Where to watch and Live pages of every edition and let the "
        "Editors and Reporters groups upload video. Run after setup_site; safe to run twice."
    )

    def handle(self, *args, **options):
        ensure_channel_pages()
        ensure_video_permissions()
        self.stdout.write(self.style.SUCCESS("Channel pages and video permissions are in place."))
