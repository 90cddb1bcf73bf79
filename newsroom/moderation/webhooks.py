"""Signed webhooks for moderation events, so a newsroom can route its queue to chat or to
an outside moderation service.

When a comment is held (by screening or by readers' reports), reported, or decided (a
moderator approves or rejects it, or screening rejects it), every active endpoint that
wants the event gets a delivery row, written in the same transaction as the audit entry
that records the event; after the commit a worker task POSTs it. The body is JSON; the
headers carry the event, the delivery's id, a Unix timestamp and
`X-Newsroom-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the
endpoint's secret>`, so the receiver can check both who sent it and that it is fresh.
An answer other than 2xx, or none within WEBHOOK_TIMEOUT, is retried with a growing
delay (30 s, 1 min, 2 min … at most an hour) up to WEBHOOK_MAX_ATTEMPTS; the admin shows
every delivery, its attempts and the last answer. Deliveries go to public addresses
only, and never follow a redirect (webhook_addresses.py). `manage.py retry_webhooks` (every
minute from `manage.py clock`) sends whatever is due, including deliveries whose worker
died mid-send.
"""

import hashlib
import hmac
import http.client
import json
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from newsroom.comments.section import permalink
from newsroom.moderation.models import (
    AuditEntry,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from newsroom.moderation.webhook_addresses import RefusedAddress, post

Action = AuditEntry.Action
SIGNATURE_HEADER = "X-Newsroom-Signature"
FIRST_RETRY_SECONDS = 30
LONGEST_RETRY_SECONDS = 3600


def event_for(entry: AuditEntry) -> str | None:
    """Which webhook event an audit entry is, if any. Screening's approvals are every
    ordinary comment and are not sent."""
    if entry.comment_id is None:
        return None
    if entry.action == Action.HELD:
        return WebhookEvent.HELD
    if entry.action == Action.REPORTED:
        return WebhookEvent.REPORTED
    if entry.action == Action.REJECTED or (entry.action == Action.APPROVED and entry.actor_id):
        return WebhookEvent.DECIDED
    return None


def audit_entry_saved(sender, instance: AuditEntry, created: bool, **kwargs) -> None:
    """post_save of AuditEntry: queue a delivery per endpoint that wants the event."""
    event = event_for(instance) if created else None
    if event is None:
        return
    endpoints = [e for e in WebhookEndpoint.objects.filter(active=True) if e.wants(event)]
    if not endpoints:
        return
    payload = build_payload(event, instance)
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(endpoint=e, event=event, payload=payload) for e in endpoints]
    )
    ids = [delivery.pk for delivery in deliveries]
    transaction.on_commit(lambda: _enqueue(ids))


def _enqueue(ids: list[int]) -> None:
    from newsroom.moderation.tasks import deliver_webhook

    for pk in ids:
        deliver_webhook.enqueue(pk)


def build_payload(event: str, entry: AuditEntry) -> dict:
    comment = entry.comment
    assert comment is not None  # noqa: S101 - event_for() sends only entries with a comment
    article = comment.article
    author = comment.author
    profile = getattr(author, "profile", None) if author else None
    return {
        "event": event,
        "at": entry.created_at.isoformat(),
        "action": entry.action,
        "by": "check"
        if entry.automatic
        else ("reader" if entry.action == Action.REPORTED else "moderator"),
        "check": entry.automatic,
        "reason": entry.reason,
        "report": (
            {"reason": entry.details.get("reason", ""), "text": entry.details.get("text", "")}
            if entry.action == Action.REPORTED
            else None
        ),
        "comment": {
            "id": comment.pk,
            "status": comment.status,
            "body": comment.body,
            "url": settings.SITE_URL + permalink(article, comment),
            "parent_id": comment.parent_id,
            "author": {"id": author.pk, "display_name": profile.display_name if profile else ""}
            if author
            else None,
        },
        "article": {
            "id": article.pk,
            "title": article.title,
            "url": settings.SITE_URL + article.url,
            "language": article.locale.language_code,
        },
        "queue_url": f"{settings.SITE_URL}/moderation/?comment={comment.pk}",
    }


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def retry_delay(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt: 30 s, 1 min, 2 min … 1 h."""
    seconds = FIRST_RETRY_SECONDS * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(seconds, LONGEST_RETRY_SECONDS))


def _claim(delivery_id: int, now=None) -> WebhookDelivery | None:
    """Take a due delivery for one attempt, so that two workers never send it at once;
    the claim lapses (and the delivery is due again) if this worker dies mid-send."""
    now = now or timezone.now()
    lease = now + timedelta(seconds=settings.WEBHOOK_TIMEOUT + 30)
    claimed = (
        WebhookDelivery.objects.due(now)
        .filter(pk=delivery_id)
        .update(
            status=WebhookDelivery.Status.SENDING, next_attempt_at=lease, attempts=F("attempts") + 1
        )
    )
    if not claimed:
        return None
    return WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)


def attempt(delivery_id: int, now=None) -> str:
    """One attempt at a due delivery (due by `now`, if given: the clock's view); returns
    its status afterwards, or "not due"."""
    delivery = _claim(delivery_id, now)
    if delivery is None:
        return "not due"
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Newsroom-Webhooks/1",
        "X-Newsroom-Event": delivery.event,
        "X-Newsroom-Delivery": str(delivery.uuid),
        "X-Newsroom-Timestamp": timestamp,
        SIGNATURE_HEADER: sign(delivery.endpoint.secret, timestamp, body),
    }
    status_code, error = None, ""
    try:
        # Only to public addresses (webhook_addresses.py), checked on this very
        # connection; a redirect is not followed, so it cannot lead anywhere else.
        status_code = post(delivery.endpoint.url, body, headers, settings.WEBHOOK_TIMEOUT)
    except RefusedAddress as refused:
        error = f"refused: {refused}"[:500]
    except (OSError, ValueError, http.client.HTTPException) as failure:  # refused, timed out
        error = str(failure)[:500] or failure.__class__.__name__
    if status_code is not None and 300 <= status_code < 400:
        error = f"HTTP {status_code}: redirects are not followed"
    elif status_code is not None and not 200 <= status_code < 300:
        error = f"HTTP {status_code}"
    return _record(delivery, status_code, error)


def _record(delivery: WebhookDelivery, status_code: int | None, error: str) -> str:
    now = timezone.now()
    delivery.last_attempt_at = now
    delivery.last_status_code = status_code
    delivery.last_error = error
    if status_code is not None and 200 <= status_code < 300:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = now
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
    else:
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    delivery.save(
        update_fields=[
            "status",
            "last_attempt_at",
            "last_status_code",
            "last_error",
            "delivered_at",
            "next_attempt_at",
        ]
    )
    if delivery.status == WebhookDelivery.Status.RETRYING:
        _schedule_retry(delivery)
    return delivery.status


def _schedule_retry(delivery: WebhookDelivery) -> None:
    """With a worker backend that can wait (the database's), the retry is a task for its
    time; otherwise `retry_webhooks` from the clock sends it when it is due."""
    from django_tasks import default_task_backend

    from newsroom.moderation.tasks import deliver_webhook

    if default_task_backend.supports_defer:
        deliver_webhook.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)


def send_due(now=None) -> dict[str, int]:
    """Attempt every delivery that is due; counts of the outcomes."""
    outcomes: dict[str, int] = {}
    for pk in (
        WebhookDelivery.objects.due(now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:1000]
    ):
        outcome = attempt(pk, now)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes
