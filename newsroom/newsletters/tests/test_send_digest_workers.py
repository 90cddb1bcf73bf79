"""Real worker processes (`manage.py send_digest`) against a real SMTP server: one killed
mid-send and another finishing, and two at once. Committed data, so transactional."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from newsroom.newsletters.actions import do_start_sending
from newsroom.newsletters.models import Delivery, Digest
from newsroom.newsletters.tests.factories import make_digest, make_subscribers

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[3]
BATCH, CONNECTIONS = 5, 3


def _worker(smtp_server, digest: Digest) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.testing.process_settings",
        "NEWSROOM_TEST_DATABASE": str(connection.settings_dict["NAME"]),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_server.port),
        "NEWSLETTER_BATCH_SIZE": str(BATCH),
        "NEWSLETTER_SMTP_CONNECTIONS": str(CONNECTIONS),
        "NEWSLETTER_LEASE_SECONDS": "3",
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "send_digest", str(digest.pk), "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _started_digest(settings, subscribers: int) -> tuple[Digest, set[str]]:
    # Queue the sending task in the database instead of running it here: the
    # worker processes are the ones that send.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    readers = make_subscribers(subscribers)
    digest = make_digest()
    do_start_sending(digest)
    return digest, {reader.email for reader in readers}


def test_a_worker_killed_mid_send_is_finished_by_another_repeating_only_the_batch_in_flight(
    editions, smtp_server, settings
):
    digest, everyone = _started_digest(settings, 40)
    smtp_server.delay = 0.02
    first = _worker(smtp_server, digest)
    smtp_server.kill_at = (12, first.pid)  # SIGKILL as the 12th message arrives, before "250"
    first.wait(timeout=120)
    assert first.returncode == -9, first.stderr.read()
    # Batches 1 and 2 were answered and marked; batch 3 (deliveries 11-15) was in flight,
    # its messages on their connections at once, some accepted but none marked.
    in_flight = list(Delivery.objects.filter(digest=digest).order_by("pk")[10:15])
    assert Delivery.objects.filter(digest=digest, state="sent").count() == 10
    assert 12 <= len(smtp_server.messages) <= 10 + BATCH

    second = _worker(smtp_server, digest)  # takes over once the dead worker's lease runs out
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err

    received = smtp_server.by_recipient()
    assert set(received) == everyone  # none skipped
    assert all(len(set(ids)) == 1 for ids in received.values())  # never two Message-IDs
    # Only messages of the batch in flight came twice (with the same Message-ID).
    repeated = {address for address, ids in received.items() if len(ids) > 1}
    assert repeated and repeated <= {delivery.email for delivery in in_flight}
    assert all(len(ids) <= 2 for ids in received.values())
    assert Delivery.objects.filter(digest=digest, state="sent").count() == 40
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENT


def test_two_workers_at_once_send_each_message_exactly_once(editions, smtp_server, settings):
    digest, everyone = _started_digest(settings, 60)
    smtp_server.delay = 0.02
    workers = [_worker(smtp_server, digest), _worker(smtp_server, digest)]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], outputs
    received = smtp_server.by_recipient()
    assert set(received) == everyone
    assert all(len(ids) == 1 for ids in received.values()), "someone got two messages"
    assert sum(int(out.split("this worker sent ")[1].split(",")[0]) for out, _ in outputs) == 60
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENT
