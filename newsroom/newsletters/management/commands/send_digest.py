"""manage.py send_digest: be one sending worker for digests that are sending.

Any number may run at once, on any machine; each claims small batches under a lease.
A worker killed mid-send loses only its lease: another takes its rows over when the
lease runs out (see newsletters/sending.py for the duplicates that can cause: at most
the batch that was in flight, each with its one Message-ID)."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from newsroom.core.management.stopping import stop_requested_on_signals
from newsroom.core.progress_bar import render_bar
from newsroom.newsletters.actions import check_can_send, do_start_sending
from newsroom.newsletters.errors import NewsletterRefused
from newsroom.newsletters.models import Digest
from newsroom.newsletters.sending import send_digest


class Command(BaseCommand):
    help = (
        "Send digests: the given ids (or every digest that is sending) until all their"
        " deliveries are sent or failed. --start first starts a draft. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("digest_ids", nargs="*", type=int)
        parser.add_argument(
            "--start", action="store_true", help="Start sending the given drafts first."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, digest_ids, start, no_progress, **options):
        stop = stop_requested_on_signals()
        if start:
            for digest in Digest.objects.filter(pk__in=digest_ids):
                try:
                    check_can_send(digest)
                except NewsletterRefused as refused:
                    raise CommandError(f"digest {digest.pk}: {refused.message}") from None
                do_start_sending(digest)
        ids = digest_ids or list(Digest.objects.sending().values_list("pk", flat=True))
        for digest_id in ids:
            digest = Digest.objects.filter(pk=digest_id).first()
            if digest is None:
                raise CommandError(f"there is no digest {digest_id}")
            show = None
            if not no_progress:
                show = lambda _tally, d=digest: self._bar(d)  # noqa: E731
            tally = send_digest(digest_id, stop=stop, on_progress=show)
            if tally is None:
                self.stdout.write(
                    f"digest {digest_id}: not sending ({digest.get_status_display()})"
                )
                continue
            if not no_progress:
                self._bar(digest, end="\n")
            self.stdout.write(
                f"digest {digest_id}: this worker sent {tally.sent}, failed {tally.failed},"
                f" skipped {tally.skipped}, deferred {tally.deferred}"
            )
            if stop.is_set():
                break

    _drawn = 0.0

    def _bar(self, digest: Digest, end: str = "\r") -> None:
        # Counting the deliveries costs a query: at most once a second.
        if end == "\r" and time.monotonic() - self._drawn < 1:
            return
        self._drawn = time.monotonic()
        sys.stderr.write(render_bar(digest.progress()) + end)
        sys.stderr.flush()
