"""Every write to newsletters: signups, confirmations, unsubscribes, suppressions, and
drafting, testing and starting a digest.

`check_*` validates; `do_*` changes state in one transaction and queues side effects
(emails, sending workers) to run after it commits. Authorisation happens before these
are called, in access.py (admin) or by a signed token (readers).
"""

import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db import connection as db_connection
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from newsroom.articles.models import ArticlePage
from newsroom.core.ratelimit import Rate, hit
from newsroom.newsletters.errors import NewsletterRefused
from newsroom.newsletters.models import (
    Delivery,
    Digest,
    DigestItem,
    Schedule,
    Subscriber,
    normalise_email,
)

log = logging.getLogger(__name__)

# One confirmation email per address and edition in this many seconds, however often
# the form is sent: signing someone else up repeatedly cannot flood their inbox.
CONFIRMATION_COOLDOWN_SECONDS = 600
CONFIRMATIONS = Rate("newsletters:confirmation", 1, CONFIRMATION_COOLDOWN_SECONDS)
# Delivery rows made per transaction when a digest starts: each holds the write lock
# for well under a second (about 0.1 s on SQLite), so other writes barely wait.
DELIVERY_CHUNK = 5000
SQLITE_CHUNK_GAP_SECONDS = 0.1


def do_signup(email: str, language: str) -> None:
    """Send a confirmation link; store nothing. The caller answers the same whatever
    happens here, so the answer never tells whether the address is on the list."""
    from newsroom.newsletters.tasks import send_confirmation

    email = normalise_email(email)
    if Subscriber.objects.with_address(email).filter(status=Subscriber.Status.BOUNCED).exists():
        return  # mail to it bounced for good; another message would only bounce again
    if not hit(CONFIRMATIONS, f"{language}:{email}"):
        return
    transaction.on_commit(lambda: send_confirmation.enqueue(email, language))


def do_confirm(email: str, language: str) -> Subscriber:
    email, now = normalise_email(email), timezone.now()
    subscriber, _created = Subscriber.objects.update_or_create(
        email=email,
        language=language,
        defaults={"status": Subscriber.Status.SUBSCRIBED, "confirmed_at": now, "changed_at": now},
    )
    return subscriber


def do_unsubscribe(subscriber_id: int) -> bool:
    """True when the address was subscribed until now; safe to repeat."""
    return bool(
        Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.SUBSCRIBED).update(
            status=Subscriber.Status.UNSUBSCRIBED, changed_at=timezone.now()
        )
    )


def do_suppress(email: str, *, complaint: bool) -> int:
    """A hard bounce or a spam complaint: the address gets no more newsletters, in any
    edition. Returns how many subscriptions it ended."""
    status = Subscriber.Status.COMPLAINED if complaint else Subscriber.Status.BOUNCED
    return (
        Subscriber.objects.with_address(email)
        .exclude(status=status)
        .update(status=status, changed_at=timezone.now())
    )


def ensure_schedules() -> None:
    """Every edition has a schedule (Monday, Wednesday, Friday at 07:00 by default)."""
    for code, _name in settings.LANGUAGES:
        Schedule.objects.get_or_create(language=code)


def _previous_issue_time(language: str, now: datetime) -> datetime:
    previous = Digest.objects.filter(language=language).order_by("-created_at").first()
    if previous is None:
        return now - timedelta(days=7)
    return previous.scheduled_for or previous.send_at or previous.created_at


def top_stories(language: str, since: datetime) -> list[ArticlePage]:
    return list(
        ArticlePage.objects.filter(locale__language_code=language)
        .listed()
        .published_since(since)
        .order_by("-is_top_story", "-published_at", "-pk")[: settings.NEWSLETTER_STORIES]
    )


def do_draft_digest(
    language: str,
    *,
    scheduled_for: datetime | None = None,
    now: datetime | None = None,
    allow_empty: bool = True,
) -> Digest | None:
    """Draft an issue from the top stories since the previous one. A scheduled slot is
    drafted once however often this runs (a unique constraint decides a race)."""
    now = now or timezone.now()
    if (
        scheduled_for
        and Digest.objects.filter(language=language, scheduled_for=scheduled_for).exists()
    ):
        return None
    since = _previous_issue_time(language, now)
    stories = top_stories(language, since)
    if not stories and not allow_empty:
        return None
    with translation.override(language):
        day = date_format(timezone.localtime(scheduled_for or now), "DATE_FORMAT")
        subject = _("%(site)s: the top stories, %(day)s") % {
            "site": settings.WAGTAIL_SITE_NAME,
            "day": day,
        }
    try:
        with transaction.atomic():
            digest = Digest.objects.create(
                language=language,
                subject=subject,
                send_at=scheduled_for,
                scheduled_for=scheduled_for,
                stories_since=since,
            )
            DigestItem.objects.bulk_create(
                DigestItem(digest=digest, article=story, sort_order=index)
                for index, story in enumerate(stories)
            )
    except IntegrityError:
        return None  # another clock drafted this slot a moment ago
    return digest


def check_can_send(digest: Digest) -> None:
    if digest.status != Digest.Status.DRAFT:
        raise NewsletterRefused(_("This digest has already been sent or is being sent."))
    if not digest.items.exists():
        raise NewsletterRefused(_("Add at least one story before sending."))


def do_send_test(digest: Digest, email: str) -> None:
    from newsroom.newsletters.tasks import send_test_digest

    if not digest.items.exists():
        raise NewsletterRefused(_("Add at least one story before sending."))
    if not email:
        raise NewsletterRefused(_("Your account has no email address to send the test to."))
    transaction.on_commit(lambda: send_test_digest.enqueue(digest.pk, email))


def do_start_sending(digest: Digest, now: datetime | None = None) -> bool:
    """Make one delivery per current subscriber and hand the digest to the sending
    workers. False if it had already started."""
    check_can_send(digest)
    now = now or timezone.now()
    started = Digest.objects.filter(pk=digest.pk, status=Digest.Status.DRAFT).update(
        status=Digest.Status.SENDING, started_at=now, heartbeat_at=now
    )
    if not started:
        return False
    do_queue_deliveries(digest)
    digest.refresh_from_db()
    return True


def do_queue_deliveries(digest: Digest) -> int:
    """Make the digest's delivery rows, DELIVERY_CHUNK subscribers per short transaction
    (in subscriber order, so that it resumes where a crash left it), then hand it to the
    workers. Each chunk is one INSERT … SELECT: the rows never pass through Python.
    Returns how many rows this call made."""
    from newsroom.newsletters.tasks import send_digest

    made = 0
    while True:
        with transaction.atomic():
            added = _queue_chunk(digest)
            Digest.objects.filter(pk=digest.pk).update(heartbeat_at=timezone.now())
        made += added
        if added < DELIVERY_CHUNK:
            break
        if db_connection.vendor == "sqlite":
            # SQLite has one write lock, and a writer waiting for it polls only every
            # 100 ms: without a gap this loop would take the lock back each time before
            # the waiting writer looks, and starve it for the whole start.
            time.sleep(SQLITE_CHUNK_GAP_SECONDS)
    with transaction.atomic():
        Digest.objects.filter(pk=digest.pk, queued_at__isnull=True).update(queued_at=timezone.now())
        transaction.on_commit(lambda: send_digest.enqueue(digest.pk))
    return made


def _queue_chunk(digest: Digest) -> int:
    last = (
        Delivery.objects.filter(digest_id=digest.pk).aggregate(last=Max("subscriber_id"))["last"]
        or 0
    )
    quote = db_connection.ops.quote_name
    deliveries, subscribers = Delivery._meta.db_table, Subscriber._meta.db_table
    sql = (
        f"INSERT INTO {quote(deliveries)} (digest_id, subscriber_id, email, state,"  # noqa: S608 - names from the models, values as parameters
        " lease_owner, attempts, last_error)"
        f" SELECT %s, id, email, %s, '', 0, '' FROM {quote(subscribers)}"
        " WHERE language = %s AND status = %s AND id > %s ORDER BY id LIMIT %s"
    )
    params = [
        digest.pk,
        Delivery.State.QUEUED,
        digest.language,
        Subscriber.Status.SUBSCRIBED,
        last,
        DELIVERY_CHUNK,
    ]
    with db_connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def start_due_digests(now: datetime) -> list[Digest]:
    """Start every draft whose send time has come (run by the clock)."""
    started = []
    for digest in Digest.objects.due(now):
        try:
            if do_start_sending(digest, now):
                started.append(digest)
        except NewsletterRefused as refused:
            log.warning("digest %s not sent at its time: %s", digest.pk, refused.message)
            Digest.objects.filter(pk=digest.pk).update(send_at=None)  # do not retry each minute
    return started


def resume_abandoned_digests(now: datetime) -> list[int]:
    """Hand a digest back to the workers when nobody has worked on it for two leases
    (its worker was killed, or its task was lost); the leases of the dead worker expire
    and the new one takes the rows over."""
    from newsroom.newsletters.tasks import send_digest

    quiet_since = now - timedelta(seconds=2 * settings.NEWSLETTER_LEASE_SECONDS)
    resumed = []
    for digest in Digest.objects.sending().filter(heartbeat_at__lt=quiet_since):
        if Digest.objects.filter(pk=digest.pk, heartbeat_at=digest.heartbeat_at).update(
            heartbeat_at=now
        ):
            if digest.queued_at is None:  # its start was cut short: make the rest first
                do_queue_deliveries(digest)
            else:
                send_digest.enqueue(digest.pk)
            resumed.append(digest.pk)
    return resumed
