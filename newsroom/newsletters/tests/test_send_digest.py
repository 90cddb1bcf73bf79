"""Sending a digest in batches over SMTP: headers, both parts, once each, retries."""

import pytest
from django.core.management import call_command

from newsroom.newsletters.actions import do_start_sending, do_unsubscribe
from newsroom.newsletters.errors import NewsletterRefused
from newsroom.newsletters.models import Delivery, Digest
from newsroom.newsletters.sending import Worker, claim_batch, send_digest
from newsroom.newsletters.tests.factories import make_digest, make_subscriber, make_subscribers

pytestmark = pytest.mark.django_db


def test_a_digest_reaches_every_subscriber_over_smtp_with_list_headers_and_both_parts(
    editions, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    readers = [make_subscriber(f"r{n}@example.com") for n in range(5)]
    make_subscriber("elsewhere@example.com", "de")  # another edition's list
    digest = make_digest(stories=2, intro="Good morning.")
    with django_capture_on_commit_callbacks(execute=True):  # the task runs the worker
        do_start_sending(digest)
    assert sorted(smtp_server.by_recipient()) == sorted(r.email for r in readers)
    recipients, message = smtp_server.messages[0]
    delivery = Delivery.objects.get(digest=digest, email=recipients[0])
    assert message["Message-ID"] == delivery.message_id
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Good morning." in text and "Good morning." in html
    assert "Digest story 1" in text and "Digest story 2" in html
    https, mailto = [part.strip(" <>") for part in message["List-Unsubscribe"].split(",")]
    assert https.startswith(settings.SITE_URL + "/en/newsletter/unsubscribe/")
    assert https in text and https in html  # each reader's own link
    assert mailto.startswith("mailto:") and "subject=unsubscribe" in mailto
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    digest.refresh_from_db()
    assert digest.status == Digest.Status.SENT
    assert str(digest.progress()) == "5 sent, 0 failed, 0 skipped, 0 remaining"


def test_a_temporarily_failing_server_is_retried_and_nothing_unaccepted_is_marked_sent(
    editions, smtp_server, settings
):
    settings.NEWSLETTER_BATCH_SIZE = 10
    make_subscribers(4)
    digest = make_digest()
    do_start_sending(digest)
    smtp_server.temporary_failures = 2  # the first two DATA commands get 451
    tally = send_digest(digest.pk)
    assert tally.sent == 4 and tally.deferred >= 2
    assert len(smtp_server.messages) == 4
    assert len(set(smtp_server.by_recipient())) == 4
    assert Delivery.objects.filter(digest=digest, state="sent").count() == 4


def test_a_refused_address_fails_without_stopping_the_others(editions, smtp_server):
    make_subscriber("gone@example.com")
    make_subscriber("here@example.com")
    smtp_server.refused = {"gone@example.com"}
    digest = make_digest()
    do_start_sending(digest)
    send_digest(digest.pk)
    assert list(smtp_server.by_recipient()) == ["here@example.com"]
    failed = Delivery.objects.get(email="gone@example.com")
    assert failed.state == "failed" and failed.last_error.startswith("550")
    assert str(Digest.objects.get(pk=digest.pk).progress()) == (
        "1 sent, 1 failed, 0 skipped, 0 remaining"
    )


def test_an_unreachable_server_leaves_every_delivery_queued(editions, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    make_subscribers(3)
    digest = make_digest()
    do_start_sending(digest)
    worker = Worker(Digest.objects.get(pk=digest.pk))
    worker._send_batch(claim_batch(digest.pk, worker.name))
    assert worker.tally.sent == 0 and worker.tally.deferred == 3
    assert Delivery.objects.filter(digest=digest, state="queued").count() == 3
    assert not Delivery.objects.filter(lease_owner=worker.name).exists()  # released


def test_who_unsubscribes_after_the_start_is_skipped(editions, smtp_server):
    leaving = make_subscriber("leaving@example.com")
    make_subscriber("staying@example.com")
    digest = make_digest()
    do_start_sending(digest)
    do_unsubscribe(leaving.pk)
    send_digest(digest.pk)
    assert list(smtp_server.by_recipient()) == ["staying@example.com"]
    assert Delivery.objects.get(email="leaving@example.com").state == "skipped"


def test_sending_twice_sends_once(editions, smtp_server):
    make_subscribers(3)
    digest = make_digest()
    do_start_sending(digest)
    with pytest.raises(NewsletterRefused, match="already"):
        do_start_sending(Digest.objects.get(pk=digest.pk))
    send_digest(digest.pk)
    send_digest(digest.pk)
    call_command("send_digest", digest.pk, "--no-progress")
    assert len(smtp_server.messages) == 3


def test_the_command_shows_a_progress_bar(editions, smtp_server, capsys):
    make_subscribers(3)
    digest = make_digest()
    call_command("send_digest", digest.pk, "--start")
    err = capsys.readouterr().err
    assert "[" + "#" * 30 + "] 100%  3 sent, 0 failed, 0 skipped, 0 remaining" in err
    call_command("digest_progress", digest.pk)
    assert "100%" in capsys.readouterr().out


def test_an_outage_does_not_use_up_the_attempts_of_the_rows(editions, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9
    make_subscribers(2)
    digest = make_digest()
    do_start_sending(digest)
    worker = Worker(Digest.objects.get(pk=digest.pk))
    for _ in range(12):  # far more outages than a row's attempts
        Delivery.objects.update(lease_until=None)  # as if each back-off had passed
        worker._send_batch(claim_batch(digest.pk, worker.name))
    assert set(Delivery.objects.values_list("state", "attempts")) == {("queued", 0)}
    assert worker.server_failures == 12
