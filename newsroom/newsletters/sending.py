"""How a digest is sent: workers claim small batches of deliveries under a lease, send
them over one SMTP connection and mark each one sent as soon as the server accepts it.

Exactly once, and the one window where it cannot be: a delivery is marked sent in its
own statement right after the server's "250" to DATA. A worker killed between that
"250" and the mark leaves the row unsent under its lease; when the lease runs out
another worker sends it again with the same Message-ID (fixed when the delivery was
made), so the receiver sees at most one duplicate per killed worker, which mail
systems that de-duplicate by Message-ID drop. A message whose DATA the server never
acknowledged is not marked sent and is retried; nothing is marked sent that the
server did not accept. A worker never starts a send it could not finish (SMTP
timeout included) before its lease runs out, so a live worker's rows are never taken
over while it is sending them.
"""

import logging
import secrets
import smtplib
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import parseaddr
from urllib.parse import quote

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation

from newsroom.core import mail, metrics
from newsroom.newsletters.models import Delivery, Digest, Subscriber
from newsroom.newsletters.signing import unsubscribe_token

log = logging.getLogger(__name__)

# After this many attempts a delivery that keeps failing temporarily counts as failed.
MAX_ATTEMPTS = 8
_TOKEN = "NEWSLETTER-UNSUBSCRIBE-TOKEN"  # noqa: S105 - a placeholder, not a secret


def backoff_seconds(attempts: int) -> int:
    """Wait before retrying after a temporary failure: 2, 4, 8 … seconds, at most 5 min."""
    return min(300, 2 ** max(1, attempts))


def smtp_timeout() -> float:
    # Short enough that a send started inside the lease also ends inside it.
    return max(1.0, min(30.0, settings.NEWSLETTER_LEASE_SECONDS / 3))


def unsubscribe_mailbox() -> str:
    return settings.NEWSLETTER_UNSUBSCRIBE_EMAIL or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


class DigestMail:
    """A digest rendered once; each recipient's copy only swaps in their own links."""

    def __init__(self, digest: Digest, stories=None):
        self.digest = digest
        with translation.override(digest.language):
            self.unsubscribe_url = settings.SITE_URL + reverse(
                "newsletters:unsubscribe", args=[_TOKEN]
            )
        context = {
            "digest": digest,
            "stories": stories if stories is not None else digest.stories(),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "site_url": settings.SITE_URL,
            "unsubscribe_url": self.unsubscribe_url,
        }
        rendered = mail.render("newsletters/email/digest", context, digest.language)
        self.subject, self.text, self.html = rendered.subject, rendered.text, rendered.html

    def message(self, to: str, message_id: str, token: str, subject_prefix: str = ""):
        url = self.unsubscribe_url.replace(_TOKEN, token)
        mailto = f"mailto:{unsubscribe_mailbox()}?subject={quote('unsubscribe ' + token)}"
        message = EmailMultiAlternatives(
            subject_prefix + self.subject,
            self.text.replace(self.unsubscribe_url, url),
            to=[to],
            headers={
                "Message-ID": message_id,
                "List-Id": f"<{self.digest.language}.newsletter.{_list_domain()}>",
                **mail.unsubscribe_headers(url, mailto),
            },
        )
        message.attach_alternative(self.html.replace(self.unsubscribe_url, url), "text/html")
        return message


_TO = "recipient@placeholder.invalid"
_MESSAGE_ID = "<message-id@placeholder.invalid>"


class RawDigest:
    """The digest as SMTP sends it, serialised once; each copy swaps in its recipient,
    Message-ID and unsubscribe token as bytes. Django sends 8-bit bodies (no base64 or
    quoted-printable unless a line is over 998 characters), so the placeholders survive
    serialisation untouched; one copy is checked to be sure. Several times faster than
    building a MIME message per recipient."""

    def __init__(self, mail: DigestMail):
        message = mail.message(_TO, _MESSAGE_ID, _TOKEN)
        self.from_email = sanitize_address(message.from_email, settings.DEFAULT_CHARSET)
        self.raw = message.message().as_bytes(linesep="\r\n")
        self.usable = all(
            placeholder.encode() in self.raw for placeholder in (_TO, _MESSAGE_ID, _TOKEN)
        )

    def copy_for(self, to: str, message_id: str, token: str) -> bytes:
        return (
            self.raw.replace(_TO.encode(), to.encode())
            .replace(_MESSAGE_ID.encode(), message_id.encode())
            .replace(_TOKEN.encode(), token.encode())
        )


def _list_domain() -> str:
    from urllib.parse import urlsplit

    return urlsplit(settings.SITE_URL).hostname or "localhost"


@dataclass
class Tally:
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    deferred: int = 0
    errors: list[str] = field(default_factory=list)


def claim_batch(digest_id: int, worker: str) -> list[Delivery]:
    """Take up to NEWSLETTER_BATCH_SIZE unsent deliveries nobody holds.

    On PostgreSQL, SELECT … FOR UPDATE SKIP LOCKED lets concurrent workers pick
    different rows without waiting; on SQLite the IMMEDIATE transaction already lets
    one writer in at a time. The UPDATE repeats the claim condition either way, so a
    row is only ever held by one worker.
    """
    now = timezone.now()
    until = now + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)
    with transaction.atomic():
        candidates = Delivery.objects.filter(digest_id=digest_id).claimable(now).order_by("pk")
        if db_connection.features.has_select_for_update_skip_locked:
            candidates = candidates.select_for_update(skip_locked=True)
        ids = list(candidates.values_list("pk", flat=True)[: settings.NEWSLETTER_BATCH_SIZE])
        if not ids:
            return []
        Delivery.objects.filter(pk__in=ids).claimable(now).update(
            lease_owner=worker, lease_until=until, attempts=F("attempts") + 1
        )
    return list(
        Delivery.objects.held_by(worker)
        .filter(pk__in=ids)
        .select_related("subscriber")
        .order_by("pk")
    )


class Worker:
    """One sending process's share of a digest. Any number may run at once."""

    def __init__(self, digest: Digest, *, stop: threading.Event | None = None, on_progress=None):
        self.digest = digest
        self.name = secrets.token_hex(8)
        self.stop = stop or threading.Event()
        self.on_progress = on_progress or (lambda tally: None)
        self.tally = Tally()
        self.mail = DigestMail(digest)
        self.raw = RawDigest(self.mail)
        self.connection: BaseEmailBackend | None = None
        self.lease_seconds = settings.NEWSLETTER_LEASE_SECONDS
        self.interval = 1 / settings.NEWSLETTER_SEND_RATE if settings.NEWSLETTER_SEND_RATE else 0
        self.next_send = 0.0
        self.server_failures = 0  # in a row: how long to back off while the server is down

    def run(self) -> Tally:
        try:
            while not self.stop.is_set():
                batch = claim_batch(self.digest.pk, self.name)
                Digest.objects.filter(pk=self.digest.pk).update(heartbeat_at=timezone.now())
                if batch:
                    self._send_batch(batch)
                    self.on_progress(self.tally)
                elif not self._wait_for_others():
                    break
        finally:
            self._close()
            Delivery.objects.held_by(self.name).update(lease_owner="", lease_until=None)
        return self.tally

    def _wait_for_others(self) -> bool:
        """Nothing to claim: finish the digest if nothing is left, otherwise wait for
        rows that others hold or that wait for a retry. False when all is done."""
        queued = Delivery.objects.filter(digest_id=self.digest.pk, state=Delivery.State.QUEUED)
        if not queued.exists():
            Digest.objects.filter(pk=self.digest.pk, status=Digest.Status.SENDING).update(
                status=Digest.Status.SENT, finished_at=timezone.now()
            )
            return False
        self.stop.wait(0.5)
        return True

    def _send_batch(self, batch: list[Delivery]) -> None:
        self.raw = RawDigest(self.mail)  # a fresh Date header now and then
        renewed = time.monotonic()
        deadline = renewed + self.lease_seconds
        for index, delivery in enumerate(batch):
            now = time.monotonic()
            if self.stop.is_set() or now + smtp_timeout() + 1 > deadline:
                # Not attempted yet, so safe for anyone (this worker included) to take.
                Delivery.objects.held_by(self.name).update(lease_owner="", lease_until=None)
                return
            if delivery.subscriber.status != Subscriber.Status.SUBSCRIBED:
                self._finish(delivery, Delivery.State.SKIPPED, "unsubscribed before sending")
                continue
            self._pace()
            try:
                self._send(delivery)
            except smtplib.SMTPRecipientsRefused as error:
                code, reply = next(iter(error.recipients.values()))
                self._refused(delivery, code, reply)
            except smtplib.SMTPDataError as error:
                self._refused(delivery, error.smtp_code, error.smtp_error)
            except (smtplib.SMTPException, OSError) as error:
                # The server, not these addresses: retry every remaining row later,
                # backing off while the server stays down, without using up their
                # attempts (an outage must not fail the whole list).
                self._close()
                self.server_failures += 1
                wait = backoff_seconds(self.server_failures)
                for left in batch[index:]:
                    self._defer(left, repr(error), wait=wait, counts=False)
                return
            else:
                self.server_failures = 0
                self._finish(delivery, Delivery.State.SENT)
            if now - renewed > self.lease_seconds / 3:
                renewed = time.monotonic()
                deadline = renewed + self.lease_seconds
                Delivery.objects.held_by(self.name).update(
                    lease_until=timezone.now() + timedelta(seconds=self.lease_seconds)
                )

    def _send(self, delivery: Delivery) -> None:
        """Hand one copy to the server; returns only once it has accepted it (raises
        smtplib's errors otherwise)."""
        token = unsubscribe_token(delivery.subscriber_id)
        connection = self._open()
        smtp = connection.connection if isinstance(connection, SMTPBackend) else None
        if self.raw.usable and smtp is not None and delivery.email.isascii():
            copy = self.raw.copy_for(delivery.email, delivery.message_id, token)
            smtp.sendmail(self.raw.from_email, [delivery.email], copy)
            return
        # Any other email backend (or an address that needs encoding): Django's own way.
        message = self.mail.message(delivery.email, delivery.message_id, token)
        message.connection = connection
        connection.send_messages([message])

    def _refused(self, delivery: Delivery, code: int, reply) -> None:
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        if code >= 500:
            self._finish(delivery, Delivery.State.FAILED, f"{code} {text}")
        else:
            self._defer(delivery, f"{code} {text}")

    def _finish(self, delivery: Delivery, state: str, error: str = "") -> None:
        marked = (
            Delivery.objects.held_by(self.name)
            .filter(pk=delivery.pk)
            .update(
                state=state,
                sent_at=timezone.now() if state == Delivery.State.SENT else None,
                lease_owner="",
                lease_until=None,
                last_error=error[:300],
            )
        )
        if not marked:
            log.warning("delivery %s was taken over before it was marked %s", delivery.pk, state)
        count = {"sent": "sent", "failed": "failed", "skipped": "skipped"}[state]
        setattr(self.tally, count, getattr(self.tally, count) + 1)
        metrics.NEWSLETTER_MESSAGES.labels(count).inc()

    def _defer(self, delivery: Delivery, error: str, wait=None, counts: bool = True) -> None:
        """Put a row back for a later attempt (a temporary failure)."""
        if counts and delivery.attempts >= MAX_ATTEMPTS:
            self._finish(delivery, Delivery.State.FAILED, error)
            return
        self.tally.deferred += 1
        self.tally.errors.append(error)
        wait = wait if wait is not None else backoff_seconds(delivery.attempts)
        Delivery.objects.held_by(self.name).filter(pk=delivery.pk).update(
            lease_owner="",
            lease_until=timezone.now() + timedelta(seconds=wait),
            last_error=error[:300],
            **({} if counts else {"attempts": F("attempts") - 1}),
        )

    def _pace(self) -> None:
        if self.interval:
            wait = self.next_send - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self.next_send = max(self.next_send, time.monotonic()) + self.interval

    def _open(self) -> BaseEmailBackend:
        if self.connection is None:
            self.connection = get_connection(fail_silently=False, timeout=smtp_timeout())
            self.connection.open()
        return self.connection

    def _close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            except Exception:  # noqa: BLE001, S110 - a broken connection is being dropped anyway
                pass
            self.connection = None


def send_digest(digest_id: int, *, stop=None, on_progress=None) -> Tally | None:
    """Work on a digest until every delivery is sent or failed (None if not sending)."""
    digest = Digest.objects.filter(pk=digest_id, status=Digest.Status.SENDING).first()
    if digest is None:
        return None
    return Worker(digest, stop=stop, on_progress=on_progress).run()
