"""Starting a digest makes its delivery rows in short chunks, resumes after a crash
part-way, and the workers do not call it sent before every row is made."""

import threading
from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.newsletters import actions
from newsroom.newsletters.actions import do_start_sending, resume_abandoned_digests
from newsroom.newsletters.models import Delivery, Digest
from newsroom.newsletters.sending import send_digest
from newsroom.newsletters.tests.factories import make_digest, make_subscribers

pytestmark = pytest.mark.django_db


def test_it_makes_one_row_per_subscriber_in_chunks(editions, monkeypatch, smtp_server):
    monkeypatch.setattr(actions, "DELIVERY_CHUNK", 4)
    readers = make_subscribers(10)
    make_subscribers(3, language="de")  # another edition's list
    digest = make_digest()
    do_start_sending(digest)
    rows = Delivery.objects.filter(digest=digest)
    assert sorted(rows.values_list("subscriber_id", flat=True)) == [r.pk for r in readers]
    assert set(rows.values_list("state", "attempts", "lease_owner")) == {("queued", 0, "")}
    assert Digest.objects.get(pk=digest.pk).queued_at is not None


def test_a_start_cut_short_is_finished_by_the_clock_without_a_second_row(
    editions, monkeypatch, settings, smtp_server, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(actions, "DELIVERY_CHUNK", 3)
    readers = make_subscribers(8)
    digest = make_digest()
    # As if the process starting it died after its first chunk.
    Digest.objects.filter(pk=digest.pk).update(status=Digest.Status.SENDING)
    actions._queue_chunk(digest)
    assert Delivery.objects.filter(digest=digest).count() == 3
    Digest.objects.filter(pk=digest.pk).update(heartbeat_at=timezone.now())
    later = timezone.now() + timedelta(seconds=3 * settings.NEWSLETTER_LEASE_SECONDS)
    with django_capture_on_commit_callbacks(execute=True):  # the task runs the worker
        assert resume_abandoned_digests(later) == [digest.pk]
    assert Delivery.objects.filter(digest=digest).count() == 8
    assert sorted(smtp_server.by_recipient()) == sorted(r.email for r in readers)
    assert all(len(ids) == 1 for ids in smtp_server.by_recipient().values())
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENT


def test_a_worker_does_not_call_a_digest_sent_while_its_rows_are_still_being_made(
    editions, smtp_server
):
    make_subscribers(2)
    digest = make_digest()
    Digest.objects.filter(pk=digest.pk).update(status=Digest.Status.SENDING)
    actions._queue_chunk(digest)  # every row there, but the start has not finished
    stop = threading.Event()
    threading.Timer(2, stop.set).start()
    tally = send_digest(digest.pk, stop=stop)
    assert tally.sent == 2
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENDING
