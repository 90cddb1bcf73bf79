"""Moderation follows the comments app through its signals (comments never import us)."""

from django.db.models.signals import post_delete, post_save

from newsroom.comments.signals import comment_reported, comment_screened


def _on_screened(sender, comment, screening, is_edit, **kwargs):
    from newsroom.moderation.actions import record_screening
    from newsroom.moderation.pipeline import ScreeningRecord

    if isinstance(screening.details, ScreeningRecord):
        record_screening(comment, screening.details, is_edit=is_edit)


def _on_reported(sender, report, **kwargs):
    from newsroom.moderation.actions import record_report

    record_report(report)


def connect() -> None:
    from newsroom.moderation.checks import forget_word_list
    from newsroom.moderation.models import WordListEntry

    comment_screened.connect(_on_screened, dispatch_uid="moderation-screened")
    comment_reported.connect(_on_reported, dispatch_uid="moderation-reported")
    post_save.connect(forget_word_list, sender=WordListEntry, dispatch_uid="words-saved")
    post_delete.connect(forget_word_list, sender=WordListEntry, dispatch_uid="words-deleted")
