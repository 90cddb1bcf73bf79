"""Moderation's part of a reader's data download: the notices they were sent and the
audit log's entries about them (without the moderators' names)."""

from django.contrib.auth.models import User

from newsroom.moderation.models import AuditEntry, Notice


def reader_moderation(user: User) -> tuple[str, dict]:
    return "moderation", {
        "notices": [
            {
                "sent": notice.created_at.isoformat(),
                "decision": notice.decision,
                "reason": notice.reason,
                "comment": notice.comment_id,
                "excerpt": notice.excerpt,
                "article": notice.article_title,
                "article_url": notice.article_url,
            }
            for notice in Notice.objects.filter(reader=user).order_by("created_at", "pk")
        ],
        "decisions_about_you": [
            {
                "when": entry.created_at.isoformat(),
                "action": entry.action,
                "comment": entry.comment_id,
                "reason": entry.reason,
                "automatic": bool(entry.automatic),
            }
            for entry in AuditEntry.objects.filter(reader=user).order_by("created_at", "pk")
        ],
    }
