from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class ModerationConfig(AppConfig):
    name = "newsroom.moderation"
    verbose_name = "Moderation"

    def ready(self):
        from newsroom.moderation import roles, system_checks  # noqa: F401 (registers)
        from newsroom.moderation.checks import forget_word_list
        from newsroom.moderation.models import AuditEntry, WordListEntry
        from newsroom.moderation.webhooks import audit_entry_saved

        post_migrate.connect(roles.after_migrate, sender=self)
        # Each process memoises the compiled word list; an edit here is forgotten at
        # once in this process (others re-read it within a few seconds).
        post_save.connect(forget_word_list, sender=WordListEntry, dispatch_uid="words-saved")
        post_delete.connect(forget_word_list, sender=WordListEntry, dispatch_uid="words-deleted")
        # Webhooks are optional listeners of the audit log: every event they report
        # (held, reported, decided) is an audit entry written by the action itself.
        post_save.connect(audit_entry_saved, sender=AuditEntry, dispatch_uid="webhooks")
