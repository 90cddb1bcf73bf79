"""A worker sends a batch over several SMTP connections at once and marks the batch's
sent rows in one statement."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.newsletters.actions import do_start_sending
from newsroom.newsletters.models import Delivery
from newsroom.newsletters.sending import send_digest
from newsroom.newsletters.tests.factories import make_digest, make_subscribers

pytestmark = pytest.mark.django_db


def test_a_batch_goes_over_several_connections_each_message_once(editions, smtp_server, settings):
    settings.NEWSLETTER_SMTP_CONNECTIONS = 3
    settings.NEWSLETTER_BATCH_SIZE = 9
    readers = make_subscribers(9)
    smtp_server.delay = 0.05  # so that all three connections are busy at once
    digest = make_digest()
    do_start_sending(digest)
    tally = send_digest(digest.pk)
    assert tally.sent == 9
    assert len(smtp_server.peers) == 3
    received = smtp_server.by_recipient()
    assert sorted(received) == sorted(reader.email for reader in readers)
    assert all(len(ids) == 1 for ids in received.values())
    assert Delivery.objects.filter(digest=digest, state="sent").count() == 9


def test_a_batch_is_marked_sent_in_one_statement(editions, smtp_server, settings):
    settings.NEWSLETTER_BATCH_SIZE = 10
    make_subscribers(10)
    digest = make_digest()
    do_start_sending(digest)
    with CaptureQueriesContext(connection) as queries:
        send_digest(digest.pk)
    table = Delivery._meta.db_table
    updates = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    marks = [sql for sql in updates if table in sql and '"state" = ' in sql.split("WHERE")[0]]
    assert len(marks) == 1, marks
    assert Delivery.objects.filter(digest=digest, state="sent").count() == 10
