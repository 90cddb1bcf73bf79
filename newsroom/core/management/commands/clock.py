"""manage.py clock: runs periodic jobs (scheduled publishing) on a fixed beat.

Run exactly one clock per installation; the jobs it starts are safe to run twice,
so a brief overlap while a clock is replaced does no harm.
"""

import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from newsroom.core.management.stopping import stop_requested_on_signals

# (command, seconds between runs)
JOBS = [("publish_scheduled", 60), ("newsletter_clock", 60), ("retry_webhooks", 60)]


class Command(BaseCommand):
    help = (
        "Run periodic jobs (publish_scheduled, newsletter_clock, retry_webhooks: every "
        "minute) until stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and exit.")

    def handle(self, *args, **options):
        stop = stop_requested_on_signals()
        run_jobs(stop, self.stderr, once=options["once"])


def run_jobs(stop: threading.Event, errors, *, once: bool = False) -> None:
    """Run each job on its beat until `stop` is set (or once round, with `once`)."""
    next_run = {name: 0.0 for name, _every in JOBS}
    while not stop.is_set():
        now = time.monotonic()
        for name, every in JOBS:
            if now >= next_run[name]:
                try:
                    call_command(name, verbosity=0)
                except Exception as error:  # noqa: BLE001 - one failed job must not stop the clock
                    errors.write(f"clock: {name} failed: {error!r}")
                next_run[name] = now + every
        if once:
            return
        stop.wait(1)
