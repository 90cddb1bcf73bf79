"""manage.py serve: the web server, a background worker and the clock, in one command.

This is what `make run` starts: granian, and `manage.py background` (the task worker
with the clock in one process), watched by newsroom/core/supervisor.py. Production runs
the pieces as separate services (see the README): granian for the web, any number of
`manage.py db_worker` for tasks and one `manage.py clock` for periodic jobs.
"""

import json
import logging
import os
import shutil
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from newsroom.environment import env_int, env_str


def granian_command(host: str, port: int, workers: int) -> list[str]:
    log_options = []
    if settings.LOG_FORMAT == "json":
        # granian's own lines (start-up, workers) in the site's format too.
        from newsroom.operations.logs import granian_logging_config

        config = Path(settings.DATA_DIR) / "granian-logging.json"
        config.write_text(json.dumps(granian_logging_config(settings.LOG_FORMAT)))
        log_options = ["--log-config", str(config)]
    return [
        sys.executable, "-m", "granian",
        "--interface", "asginl",  # Django has no lifespan handler
        "--host", host,
        "--port", str(port),
        "--workers", str(workers),
        "--no-ws",
        "--respawn-failed-workers",
        *log_options,
        "newsroom.asgi:application",
    ]  # fmt: skip


def clear_metrics() -> None:
    """Start the counts afresh: no process that wrote them is running any more (serve
    starts them all), and Prometheus takes a counter that starts again as a restart."""
    shutil.rmtree(settings.METRICS_DIR, ignore_errors=True)
    Path(settings.METRICS_DIR).mkdir(parents=True, exist_ok=True)


class Command(BaseCommand):
    help = "Serve the site with granian, plus one task worker and the clock. Ctrl-C stops all."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=env_str("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=env_int("PORT", 8000, minimum=1))
        parser.add_argument(
            "--workers", type=int, default=env_int("WEB_WORKERS", os.cpu_count() or 1, minimum=1)
        )

    def handle(self, *args, **options):
        clear_metrics()
        manage = [sys.executable, "manage.py"]
        commands = [
            granian_command(options["host"], options["port"], options["workers"]),
            # The task worker and the clock share one process on a single machine.
            [*manage, "background"],
        ]
        banner = f"Serving on http://{options['host']}:{options['port']}/  (Ctrl-C to stop)"
        if settings.LOG_FORMAT == "json":
            logging.getLogger("newsroom.serve").warning(banner)  # a log line like the others
        else:
            self.stdout.write(banner)
            self.stdout.flush()
        # glibc gives each thread that allocates an arena of its own (granian's threads
        # and Django's), and freed memory stays spread over them: two arenas measured
        # ~6 % less memory for the whole deployment after load (see the README).
        os.environ.setdefault("MALLOC_ARENA_MAX", "2")
        # Become the small supervisor: this process no longer needs Django in memory.
        supervisor = [sys.executable, "-m", "newsroom.core.supervisor", json.dumps(commands)]
        os.execv(sys.executable, supervisor)  # noqa: S606 - our own command line
