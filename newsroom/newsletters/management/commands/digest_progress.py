"""manage.py digest_progress: how far a digest's sending has got, as a progress bar."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from newsroom.core.progress_bar import render_bar
from newsroom.newsletters.models import Digest


class Command(BaseCommand):
    help = "Show sent, failed and remaining deliveries of a digest; --watch follows it."

    def add_arguments(self, parser):
        parser.add_argument("digest_id", type=int)
        parser.add_argument("--watch", action="store_true", help="Refresh until it is sent.")

    def handle(self, *args, digest_id, watch, **options):
        digest = Digest.objects.filter(pk=digest_id).first()
        if digest is None:
            raise CommandError(f"there is no digest {digest_id}")
        while True:
            digest.refresh_from_db()
            line = f"{render_bar(digest.progress())}  [{digest.get_status_display()}]"
            if not watch or digest.status != Digest.Status.SENDING:
                self.stdout.write(line)
                return
            sys.stdout.write(line + "\r")
            sys.stdout.flush()
            time.sleep(1)
