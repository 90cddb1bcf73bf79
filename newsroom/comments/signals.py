"""What the comments app tells others, so that moderation can follow without this app
importing it. Both are sent inside the write's transaction."""

from django.dispatch import Signal

# A comment was saved after screening: sender=Comment, comment, screening, is_edit.
comment_screened = Signal()

# A reader reported a comment: sender=Report, report.
comment_reported = Signal()
