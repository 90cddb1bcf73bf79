"""When a thread takes new words: the editor's choice, then the site's windows.

A thread is closed when the site is read-only (COMMENTS_READ_ONLY), when its editor
closed it (the article's or section's setting), COMMENTS_CLOSE_AFTER_DAYS after
publication (or the article's own number of days), and every night in
COMMENTS_NIGHT_HOURS by its edition's clock. Closed means nobody posts, replies, edits
or votes (the access helpers in `access.py` ask `closure()`); reading, reporting and
deleting one's own comment go on. Each closure says why, for the notice readers see.

A window opens and closes by the clock, with no write to tell the caches: `closure()`
notes the next such moment for the page cache (core/page_cache.py `valid_until`), so a
cached page never shows a form after its thread closed, nor a notice after it opened.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from newsroom.articles.editions import edition_time_zone
from newsroom.core import page_cache


class ClosedBecause(models.TextChoices):
    READ_ONLY = "read_only", "the site is read-only"
    EDITOR = "editor", "an editor closed the thread"
    AGE = "age", "the thread is older than its window"
    NIGHT = "night", "night hours in the edition"


@dataclass(frozen=True)
class Closure:
    because: ClosedBecause
    message: str


def closure(article, now: datetime | None = None, section=None) -> Closure | None:
    """Why this article's thread takes no new words now, or None while it is open."""
    now = now or timezone.now()
    if settings.COMMENTS_READ_ONLY:
        return Closure(
            ClosedBecause.READ_ONLY,
            _(
                "Comments are read-only for the moment: nobody can post, reply, edit or "
                "vote. You can still read the discussion."
            ),
        )
    if not article.comments_open(section):
        return Closure(
            ClosedBecause.EDITOR,
            _("Comments are closed on this article. You can still read the discussion."),
        )
    changes = next_change(article, now)
    if changes is not None:
        page_cache.valid_until(changes.timestamp())
    days = article.comments_close_after_days
    if days is None:
        days = settings.COMMENTS_CLOSE_AFTER_DAYS
    if days and now >= article.published_at + timedelta(days=days):
        return Closure(
            ClosedBecause.AGE,
            _(
                "Comments closed %(days)d days after this article was published. "
                "You can still read the discussion."
            )
            % {"days": days},
        )
    reopens = _night_ends(article, now)
    if reopens is not None:
        return Closure(
            ClosedBecause.NIGHT,
            _(
                "Comments are closed overnight and open again at %(time)s (%(zone)s). "
                "You can still read the discussion."
            )
            % {"time": formats.time_format(reopens, "TIME_FORMAT"), "zone": reopens.tzname()},
        )
    return None


def next_change(article, now: datetime) -> datetime | None:
    """The next moment this thread's window opens or closes by the clock, if any: the
    end of its days after publication, or the start or end of the edition's night.
    (The read-only switch and the editor's choice change by a restart or a publish,
    which empties the caches.)"""
    moments = []
    days = article.comments_close_after_days
    if days is None:
        days = settings.COMMENTS_CLOSE_AFTER_DAYS
    if days:
        closes = article.published_at + timedelta(days=days)
        if closes <= now:
            return None  # closed for good
        moments.append(closes)
    hours = settings.COMMENTS_NIGHT_HOURS
    if hours is not None:
        local = now.astimezone(edition_time_zone(article.locale.language_code))
        for day in (local.date(), local.date() + timedelta(days=1)):
            for boundary in hours:
                moment = datetime.combine(day, boundary, tzinfo=local.tzinfo)
                if moment > now:
                    moments.append(moment)
    return min(moments, default=None)


def _night_ends(article, now: datetime) -> datetime | None:
    """When tonight's closed hours end in the article's edition, if it is night there."""
    hours = settings.COMMENTS_NIGHT_HOURS
    if hours is None:
        return None
    start, end = hours
    local = now.astimezone(edition_time_zone(article.locale.language_code))
    clock = local.time().replace(tzinfo=None)
    if start < end:
        at_night = start <= clock < end
    else:  # across midnight, as nights are
        at_night = clock >= start or clock < end
    if not at_night:
        return None
    day = local.date() if clock < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=local.tzinfo)
