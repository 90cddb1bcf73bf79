"""How a digest is sent: workers claim batches of deliveries under a lease, send each
batch over several SMTP connections at once and mark its sent rows in one statement.

Exactly once, and the one window where it cannot be: a batch's sent rows are marked
in one UPDATE once the server has answered every message of the batch. A worker killed
before that UPDATE leaves the batch's rows unsent under its lease; when the lease runs
out another worker sends them again with the same Message-IDs (they follow from the
digest and the subscriber), so the crash window is the batch in flight: at most
NEWSLETTER_BATCH_SIZE messages that the server had already accepted come a second
time, with a Message-ID that mail systems de-duplicating by it drop. Every row marked
before the kill, and every row of later batches, goes exactly once. Nothing is marked
sent that the server did not accept, and a message whose DATA was not acknowledged is
retried. A worker never starts a send it could not finish (SMTP timeout included)
before its lease runs out, so a live worker's rows are never taken over while it is
sending them.
"""

import logging
import queue
import secrets
import smtplib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
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


@dataclass
class Outcome:
    """What the server said to one delivery of a batch."""

    delivery: Delivery
    sent: bool = False
    refused: tuple[int, str] | None = None  # (code, reply) for that address
    server_error: str = ""  # the server, not the address: try the row again later
    attempted: bool = True


class Worker:
    """One sending process's share of a digest. Any number may run at once.

    A claimed batch is split over NEWSLETTER_SMTP_CONNECTIONS connections, each sending
    its part from a thread of its own (the round trips to the server are most of a
    message's time, so several connections overlap them); only this thread touches the
    database. When the whole batch has been answered, its sent rows are marked in one
    UPDATE, so the crash window is the batch in flight (see the module docstring).
    """

    def __init__(self, digest: Digest, *, stop: threading.Event | None = None, on_progress=None):
        self.digest = digest
        self.name = secrets.token_hex(8)
        self.stop = stop or threading.Event()
        self.on_progress = on_progress or (lambda tally: None)
        self.tally = Tally()
        self.mail = DigestMail(digest)
        self.raw = RawDigest(self.mail)
        self.lease_seconds = settings.NEWSLETTER_LEASE_SECONDS
        self.interval = 1 / settings.NEWSLETTER_SEND_RATE if settings.NEWSLETTER_SEND_RATE else 0
        self.next_send = 0.0
        self.pace_lock = threading.Lock()
        self.server_failures = 0  # in a row: how long to back off while the server is down
        self.connections: queue.SimpleQueue[BaseEmailBackend] = queue.SimpleQueue()
        self.threads = max(1, settings.NEWSLETTER_SMTP_CONNECTIONS)
        self.pool = ThreadPoolExecutor(self.threads, thread_name_prefix="newsletter-smtp")

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
            self.pool.shutdown()
            Delivery.objects.held_by(self.name).update(lease_owner="", lease_until=None)
        return self.tally

    def _wait_for_others(self) -> bool:
        """Nothing to claim: finish the digest if nothing is left, otherwise wait for
        rows that others hold, that wait for a retry or that are still being made.
        False when all is done."""
        queued = Delivery.objects.filter(digest_id=self.digest.pk, state=Delivery.State.QUEUED)
        ready = Digest.objects.filter(pk=self.digest.pk, queued_at__isnull=False)
        if not queued.exists() and ready.exists():
            Digest.objects.filter(pk=self.digest.pk, status=Digest.Status.SENDING).update(
                status=Digest.Status.SENT, finished_at=timezone.now()
            )
            return False
        self.stop.wait(0.5)
        return True

    def _send_batch(self, batch: list[Delivery]) -> None:
        self.raw = RawDigest(self.mail)  # a fresh Date header now and then
        deadline = time.monotonic() + self.lease_seconds
        leaving = [d for d in batch if d.subscriber.status != Subscriber.Status.SUBSCRIBED]
        self._mark([d.pk for d in leaving], Delivery.State.SKIPPED, "unsubscribed before sending")
        sending = [d for d in batch if d.subscriber.status == Subscriber.Status.SUBSCRIBED]
        parts = [sending[n :: self.threads] for n in range(self.threads)]
        if self.threads == 1:
            outcomes = self._send_part(sending, deadline)
        else:
            outcomes = []
            for part in self.pool.map(lambda part: self._send_part(part, deadline), parts):
                outcomes.extend(part)
        self._record(outcomes)

    def _send_part(self, part: list[Delivery], deadline: float) -> list[Outcome]:
        """One connection's share of a batch, in one thread: every delivery's outcome."""
        outcomes = []
        for index, delivery in enumerate(part):
            if self.stop.is_set() or time.monotonic() + smtp_timeout() + 1 > deadline:
                # Not attempted yet, so safe for anyone (this worker included) to take.
                outcomes += [Outcome(left, attempted=False) for left in part[index:]]
                break
            self._pace()
            try:
                self._send(delivery)
            except smtplib.SMTPRecipientsRefused as error:
                code, reply = next(iter(error.recipients.values()))
                outcomes.append(Outcome(delivery, refused=(code, _text(reply))))
            except smtplib.SMTPDataError as error:
                outcomes.append(
                    Outcome(delivery, refused=(error.smtp_code, _text(error.smtp_error)))
                )
            except (smtplib.SMTPException, OSError) as error:
                # The server, not these addresses: this connection's remaining rows are
                # tried again later, without using up their attempts.
                self._drop()
                outcomes += [Outcome(left, server_error=repr(error)) for left in part[index:]]
                break
            else:
                outcomes.append(Outcome(delivery, sent=True))
        return outcomes

    def _record(self, outcomes: list[Outcome]) -> None:
        """Write a batch's outcomes: every sent row in one statement."""
        self._mark([o.delivery.pk for o in outcomes if o.sent], Delivery.State.SENT)
        outage = [o for o in outcomes if o.server_error]
        if outage:
            self.server_failures += 1
        elif any(o.sent for o in outcomes):
            self.server_failures = 0
        wait = backoff_seconds(self.server_failures)
        for outcome in outcomes:
            if outcome.refused:
                self._refused(outcome.delivery, *outcome.refused)
            elif outcome.server_error:
                self._defer(outcome.delivery, outcome.server_error, wait=wait, counts=False)
            elif not outcome.attempted:
                Delivery.objects.held_by(self.name).filter(pk=outcome.delivery.pk).update(
                    lease_owner="", lease_until=None, attempts=F("attempts") - 1
                )

    def _send(self, delivery: Delivery) -> None:
        """Hand one copy to the server; returns only once it has accepted it (raises
        smtplib's errors otherwise)."""
        token = unsubscribe_token(delivery.subscriber_id)
        message_id = self.digest.message_id(delivery.subscriber_id)
        connection = self._take()
        try:
            smtp = connection.connection if isinstance(connection, SMTPBackend) else None
            if self.raw.usable and smtp is not None and delivery.email.isascii():
                copy = self.raw.copy_for(delivery.email, message_id, token)
                smtp.sendmail(self.raw.from_email, [delivery.email], copy)
            else:
                # Any other email backend (or an address that needs encoding): Django's way.
                message = self.mail.message(delivery.email, message_id, token)
                message.connection = connection
                connection.send_messages([message])
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError):
            self._give_back(connection)  # the connection is fine; that address was not
            raise
        except BaseException:
            self._discard(connection)
            raise
        self._give_back(connection)

    def _refused(self, delivery: Delivery, code: int, text: str) -> None:
        if code >= 500:
            self._finish(delivery, Delivery.State.FAILED, f"{code} {text}")
        else:
            self._defer(delivery, f"{code} {text}")

    def _mark(self, ids: list[int], state: str, error: str = "") -> None:
        if not ids:
            return
        marked = (
            Delivery.objects.held_by(self.name)
            .filter(pk__in=ids)
            .update(
                state=state,
                sent_at=timezone.now() if state == Delivery.State.SENT else None,
                lease_owner="",
                lease_until=None,
                last_error=error[:300],
            )
        )
        if marked < len(ids):
            log.warning("%s deliveries were taken over before marked %s", len(ids) - marked, state)
        setattr(self.tally, state, getattr(self.tally, state) + len(ids))
        metrics.NEWSLETTER_MESSAGES.labels(state).inc(len(ids))

    def _finish(self, delivery: Delivery, state: str, error: str = "") -> None:
        self._mark([delivery.pk], state, error)

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
        if not self.interval:
            return
        with self.pace_lock:  # one rate for all of this worker's connections
            slot = max(self.next_send, time.monotonic())
            self.next_send = slot + self.interval
        wait = slot - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _take(self) -> BaseEmailBackend:
        """An open connection no other thread is using (opened when none is free)."""
        try:
            return self.connections.get_nowait()
        except queue.Empty:
            connection = get_connection(fail_silently=False, timeout=smtp_timeout())
            connection.open()
            return connection

    def _give_back(self, connection: BaseEmailBackend) -> None:
        self.connections.put(connection)

    def _discard(self, connection: BaseEmailBackend) -> None:
        try:
            connection.close()
        except Exception:  # noqa: BLE001, S110 - a broken connection is being dropped anyway
            pass

    def _drop(self) -> None:
        """After an outage, start again with fresh connections."""
        while True:
            try:
                self._discard(self.connections.get_nowait())
            except queue.Empty:
                return

    def _close(self) -> None:
        self._drop()


def _text(reply) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)


def send_digest(digest_id: int, *, stop=None, on_progress=None) -> Tally | None:
    """Work on a digest until every delivery is sent or failed (None if not sending)."""
    digest = Digest.objects.filter(pk=digest_id, status=Digest.Status.SENDING).first()
    if digest is None:
        return None
    return Worker(digest, stop=stop, on_progress=on_progress).run()
