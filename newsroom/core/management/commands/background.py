"""manage.py background: the task worker and the clock in one process.

For a single machine (`manage.py serve`): one Django process in memory instead of two.
Installations with several machines run `db_worker` (any number) and `clock` (one)
as separate services instead.
"""

import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand

from newsroom.core.management.commands.clock import run_jobs


class Command(BaseCommand):
    help = "Run the background task worker and the clock together until stopped."

    def handle(self, *args, **options):
        stop = threading.Event()
        clock = threading.Thread(
            target=run_jobs, args=(stop, self.stderr), name="clock", daemon=True
        )
        clock.start()
        try:
            # db_worker handles SIGTERM and SIGINT itself and returns when asked to stop.
            call_command("db_worker")
        finally:
            stop.set()
            clock.join(timeout=5)
