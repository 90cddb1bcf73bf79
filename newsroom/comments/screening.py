"""The hook through which every new or edited comment is screened before others see it.

COMMENTS_SCREENING names a callable taking (comment, is_edit, warned) and returning a
Screening. The comments app ships only the pass-through below; the moderation app
provides the real pipeline without this app importing it. After the comment is saved,
the `comment_screened` signal carries the Screening (and its `details`) to whoever keeps
the record.
"""

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Screening:
    status: str  # a Comment.Status value
    reason: str = ""  # shown to the author of a held or rejected comment
    # The text to publish instead of the reader's, e.g. with words masked.
    body: str | None = None
    # When set, and the author has not been warned about this comment yet, the comment
    # is not saved: the author sees this warning and may rephrase or post it anyway.
    warning: str = ""
    # Whatever the screener wants kept with the comment (its checks and scores); this
    # app never reads it.
    details: Any = field(default=None, compare=False)


def publish(comment, *, is_edit: bool, warned: bool = False) -> Screening:
    """No screening at all: every comment is published at once."""
    return Screening(status="published")


def screen(comment, *, is_edit: bool, warned: bool = False) -> Screening:
    return import_string(settings.COMMENTS_SCREENING)(comment, is_edit=is_edit, warned=warned)
