"""Counts what the apps write, as optional listeners of their models' signals: a
comment posted (by edition and screening's outcome), an audit-log entry (by action),
and each screening check's time (from the entry screening writes)."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Locale

from newsroom.comments.models import Comment
from newsroom.core import metrics
from newsroom.moderation.models import AuditEntry

# What metrics call a comment's status when it is first saved.
OUTCOME_OF_STATUS: dict[str, str] = {
    Comment.Status.PUBLISHED: "published",
    Comment.Status.PENDING: "held",
    Comment.Status.REJECTED: "rejected",
}

# Locales are made once, by setup_site; remembering their codes saves a query a post.
_edition_of_locale: dict[int, str] = {}


def edition_of(locale_id: int) -> str:
    if locale_id not in _edition_of_locale:
        code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True)
        _edition_of_locale[locale_id] = code.first() or "unknown"
    return _edition_of_locale[locale_id]


def comment_saved(sender, instance: Comment, created: bool, raw: bool = False, **kwargs) -> None:
    if not created or raw:
        return
    edition = edition_of(instance.article.locale_id)
    outcome = OUTCOME_OF_STATUS.get(instance.status, instance.status)
    # Counted once the comment is really stored: a rolled-back post never happened.
    transaction.on_commit(lambda: metrics.COMMENTS_POSTED.labels(edition, outcome).inc())


def audit_entry_saved(
    sender, instance: AuditEntry, created: bool, raw: bool = False, **kwargs
) -> None:
    if not created or raw:
        return
    by = "check" if instance.automatic else "person"
    checks = instance.details.get("checks") if isinstance(instance.details, dict) else None
    timings = [
        (str(record["check"]), float(record["ms"]) / 1000)
        for record in checks or ()
        if isinstance(record, dict) and "check" in record and record.get("ms") is not None
    ]

    def count() -> None:
        metrics.MODERATION_ACTIONS.labels(instance.action, by).inc()
        for check, seconds in timings:
            metrics.SCREENING_CHECK.labels(check).observe(seconds)

    transaction.on_commit(count)


def connect() -> None:
    post_save.connect(comment_saved, sender=Comment, dispatch_uid="metrics-comment")
    post_save.connect(audit_entry_saved, sender=AuditEntry, dispatch_uid="metrics-audit")
