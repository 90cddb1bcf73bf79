"""manage.py serve: the web server, a background worker and the clock, in one command.

This is what `make run` starts. Production runs the same three pieces as separate
services (see the README): granian for the web, `manage.py db_worker` for tasks and
`manage.py clock` for periodic jobs.
"""

import os
import signal
import subprocess
import sys

from django.core.management.base import BaseCommand

from newsroom.core.management.stopping import stop_requested_on_signals
from newsroom.environment import env_int, env_str


def granian_command(host: str, port: int, workers: int) -> list[str]:
    return [
        sys.executable, "-m", "granian",
        "--interface", "asginl",  # Django has no lifespan handler
        "--host", host,
        "--port", str(port),
        "--workers", str(workers),
        "--no-ws",
        "--respawn-failed-workers",
        "newsroom.asgi:application",
    ]  # fmt: skip


class Command(BaseCommand):
    help = "Serve the site with granian, plus one task worker and the clock. Ctrl-C stops all."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=env_str("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=env_int("PORT", 8000, minimum=1))
        parser.add_argument(
            "--workers", type=int, default=env_int("WEB_WORKERS", os.cpu_count() or 1, minimum=1)
        )

    def handle(self, *args, **options):
        manage = [sys.executable, "manage.py"]
        commands = [
            granian_command(options["host"], options["port"], options["workers"]),
            [*manage, "db_worker"],
            [*manage, "clock"],
        ]
        # Each child leads its own process group, so stopping one stops its workers too.
        children = [subprocess.Popen(command, start_new_session=True) for command in commands]
        self.stdout.write(
            f"Serving on http://{options['host']}:{options['port']}/  (Ctrl-C to stop)"
        )
        stop = stop_requested_on_signals()
        try:
            while not stop.is_set() and all(child.poll() is None for child in children):
                stop.wait(0.5)
        finally:
            for child in children:
                _signal_group(child, signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    _signal_group(child, signal.SIGKILL)
                    child.wait()
        failed = [child.args for child in children if child.returncode not in (0, -15, None)]
        if failed and not stop.is_set():
            raise SystemExit(f"a process stopped unexpectedly: {failed[0]!r}")


def _signal_group(child: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(child.pid, signum)
    except ProcessLookupError:
        pass  # already gone
