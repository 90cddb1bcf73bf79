"""Benchmark: one digest to 100,000 subscribers, messages per second, over SMTP.

On a fresh site (embedded SQLite, or PostgreSQL with --mode postgres) with 100,000
confirmed subscribers, a digest is started (one delivery row per subscriber, each with
its Message-ID) and sent by 1, then 2, `manage.py send_digest` worker processes to an
SMTP sink (aiosmtpd, in this process, on loopback) that accepts everything and counts
messages per recipient and Message-ID. Each run is bounded (--seconds, default 120):
when the bound is reached the workers are stopped (SIGTERM: they finish the message in
hand and release their batch) and the rate is what was sent until then. After each run
the sink's counts are checked: nobody got two messages. Loopback only; the SMTP sink and
the workers share this machine's CPUs, as they would on one small server. While the
digest starts, another thread writes every 20 ms and records its worst wait; each run
records the workers' and the sink's CPU time per message.

Results go to bench/results/newsletter-<mode>.json. Usage:

    .venv/bin/python bench/newsletter.py [--mode sqlite|postgres] [--subscribers 100000]
                                         [--seconds 120] [--workers 1,2]
                                         [--connections N] [--batch N] [--profile FILE]
"""

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from harness import PYTHON, ROOT, manage

from newsroom.testing.servers import PostgresServer, free_port

RESULTS = ROOT / "bench" / "results"

# --- Inside Django (this file run again with the site's environment) -----------------


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()


def _prepare(subscribers: int) -> dict:
    _django()
    from django.db import connection, transaction
    from django.utils import timezone

    from newsroom.articles.tests.factories import make_article
    from newsroom.newsletters.models import Subscriber

    make_article(title="Harbour reopens after the storm", with_image=False, is_top_story=True)
    make_article(title="Markets steady as talks resume", with_image=False)
    # Made by the database itself (a counting CTE), 100,000 at a time: a million
    # subscribers in seconds rather than the minutes Python objects would take.
    table = connection.ops.quote_name(Subscriber._meta.db_table)
    sql = (
        f"INSERT INTO {table} (email, language, status, confirmed_at, changed_at)"  # noqa: S608 - the model's table name
        " WITH RECURSIVE n(x) AS (SELECT %s UNION ALL SELECT x + 1 FROM n WHERE x < %s)"
        " SELECT 'reader' || x || '@bench.example', 'en', 'subscribed', %s, %s FROM n"
    )
    now = timezone.now()
    for first in range(0, subscribers, 100_000):
        last = min(subscribers, first + 100_000) - 1
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [first, last, now, now])
    return {"subscribers": Subscriber.objects.count()}


def _start_digest() -> dict:
    _django()
    from newsroom.articles.models import ArticlePage
    from newsroom.newsletters.actions import do_draft_digest, do_start_sending
    from newsroom.newsletters.models import DigestItem

    digest = do_draft_digest("en")
    # Later runs find no story newer than the last digest: give them the same two.
    if not digest.items.exists():
        for order, story in enumerate(
            ArticlePage.objects.live().filter(locale__language_code="en")
        ):
            DigestItem.objects.create(digest=digest, article=story, sort_order=order)
    probe = _WriteProbe()
    probe.start()
    started = time.monotonic()
    do_start_sending(digest)
    queue_seconds = time.monotonic() - started
    probe.finish()
    return {"digest": digest.pk, "queue_seconds": round(queue_seconds, 1),
            "worst_write_wait": round(probe.worst, 3)}  # fmt: skip


class _WriteProbe(threading.Thread):
    """Another writer while the digest starts (a reader signing up, say): one small
    write every 20 ms on its own connection; its worst wait is how long starting the
    digest blocked other writes."""

    def __init__(self):
        super().__init__(daemon=True)
        self.done = threading.Event()
        self.worst = 0.0

    def run(self):
        from django.db import connection
        from django.utils import timezone

        from newsroom.newsletters.models import Schedule

        schedule, _ = Schedule.objects.get_or_create(language="en")
        while not self.done.is_set():
            started = time.monotonic()
            Schedule.objects.filter(pk=schedule.pk).update(
                time_zone=timezone.get_default_timezone_name()
            )
            self.worst = max(self.worst, time.monotonic() - started)
            self.done.wait(0.02)
        connection.close()

    def finish(self):
        self.done.set()
        self.join()


def _counts(digest_id: int) -> dict:
    _django()
    from newsroom.newsletters.models import Digest

    digest = Digest.objects.get(pk=digest_id)
    progress = digest.progress()
    return {"status": digest.status, "sent": progress.sent, "failed": progress.failed,
            "remaining": progress.remaining}  # fmt: skip


def _inside(env: dict, *args: str) -> dict:
    command = [PYTHON, str(Path(__file__).resolve()), *args]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- Outside: the SMTP sink and the workers ---------------------------------------------


class Sink:
    """Accepts every message; counts them per (recipient, Message-ID) without parsing."""

    def __init__(self):
        self.lock = threading.Lock()
        self.seen: dict[str, set[str]] = {}
        self.messages = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        found = re.search(rb"^Message-ID: *(\S+)", envelope.content, re.M | re.I)
        message_id = found.group(1).decode() if found else ""
        with self.lock:
            self.messages += 1
            for address in envelope.rcpt_tos:
                self.seen.setdefault(address, set()).add(message_id)
        return "250 OK"

    def reset(self):
        with self.lock:
            self.seen, self.messages = {}, 0


def run(env: dict, sink: Sink, workers: int, seconds: int, profile: str = "") -> dict:
    sink.reset()
    digest = _inside(env, "_start")
    command = [PYTHON, "manage.py", "send_digest", str(digest["digest"]), "--no-progress"]
    if profile:  # where a worker's time goes: cProfile's statistics, one file per worker
        command[1:1] = ["-m", "cProfile", "-o", f"{profile}.{workers}"]
    started = time.monotonic()
    children_before, sink_before = resource.getrusage(resource.RUSAGE_CHILDREN), time.process_time()
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    deadline = started + seconds
    while time.monotonic() < deadline and any(p.poll() is None for p in processes):
        time.sleep(0.2)
    elapsed = time.monotonic() - started
    bounded = any(p.poll() is None for p in processes)
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        process.wait(timeout=60)
    # CPU per message, which the machine's other load does not change much: the
    # workers' (start-up included) and the sink's (this process's, all but idle else).
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = sum(
        getattr(children, f) - getattr(children_before, f) for f in ("ru_utime", "ru_stime")
    )
    sink_cpu = time.process_time() - sink_before
    counts = _inside(env, "_counts", str(digest["digest"]))
    twice = sum(1 for ids in sink.seen.values() if len(ids) > 1)
    repeated = sink.messages - len(sink.seen)
    return {
        "workers": workers,
        "queue_seconds": digest["queue_seconds"],
        "worst_write_wait": digest["worst_write_wait"],
        "seconds": round(elapsed, 1),
        "stopped_at_bound": bounded,
        "messages": sink.messages,
        "per_second": round(sink.messages / elapsed, 1),
        "worker_cpu_ms_per_message": round(1000 * worker_cpu / max(1, sink.messages), 3),
        "sink_cpu_ms_per_message": round(1000 * sink_cpu / max(1, sink.messages), 3),
        "marked_sent": counts["sent"],
        "remaining": counts["remaining"],
        "recipients_with_two_message_ids": twice,
        "repeated_messages": repeated,
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_prepare":
        print(json.dumps(_prepare(int(sys.argv[2]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_start":
        print(json.dumps(_start_digest()))
        return
    if len(sys.argv) > 2 and sys.argv[1] == "_counts":
        print(json.dumps(_counts(int(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", default="sqlite", choices=["sqlite", "postgres"])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--connections", type=int, default=0, help="SMTP connections per worker.")
    parser.add_argument("--batch", type=int, default=0, help="Deliveries claimed at a time.")
    parser.add_argument("--profile", default="", help="Write the workers' cProfile here.")
    options = parser.parse_args()

    from aiosmtpd.controller import Controller

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    data_dir = tempfile.mkdtemp(prefix="newsroom-bench-newsletter-")
    env = {
        **os.environ,
        "DATA_DIR": data_dir,
        "LOG_LEVEL": "WARNING",
        "DEBUG": "false",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(controller.port),
        "SITE_URL": "https://news.example",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    if options.connections:
        env["NEWSLETTER_SMTP_CONNECTIONS"] = str(options.connections)
    if options.batch:
        env["NEWSLETTER_BATCH_SIZE"] = str(options.batch)
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    servers = []
    results = []
    try:
        if options.mode == "postgres":
            servers = [PostgresServer().start()]
            env["DATABASE_URL"] = servers[0].url
        manage(env, "migrate", "--noinput")
        manage(env, "setup_site")
        prepared = _inside(env, "_prepare", str(options.subscribers))
        print(f"{prepared['subscribers']} subscribers ready ({options.mode})", flush=True)
        for workers in [int(n) for n in options.workers.split(",")]:
            result = {
                "mode": options.mode,
                **run(env, sink, workers, options.seconds, options.profile),
            }
            results.append(result)
            print(result, flush=True)
    finally:
        controller.stop()
        for server in servers:
            server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"newsletter-{options.mode}.json").write_text(json.dumps(results, indent=2))
    print("\n| workers | messages/s | sent in the run | queueing the rows | worst write wait"
          " | duplicates |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|")
    for row in results:
        print(f"| {row['workers']} | {row['per_second']:,} | {row['messages']:,} in"
              f" {row['seconds']} s | {row['queue_seconds']} s | {row['worst_write_wait']} s |"
              f" {row['recipients_with_two_message_ids']} |")  # fmt: skip


if __name__ == "__main__":
    main()
