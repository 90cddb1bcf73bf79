"""Screening: every new or edited comment passes the checks before anyone else sees it.

`screen` is what COMMENTS_SCREENING points at. It runs every check (so moderators see
each verdict, score and time), then decides: reject if any check rejects; warn the author
once if the comment reads as toxic; hold if any check holds; else publish. The record
travels in Screening.details and is stored by receivers.py once the comment is saved.
"""

import logging
import time
from dataclasses import dataclass

from django.utils.translation import gettext as _

from newsroom.comments.models import Comment
from newsroom.comments.screening import Screening
from newsroom.moderation.checks import (
    HOLD,
    PIPELINE,
    REJECT,
    SEVERITY,
    WARN,
    Result,
    Subject,
)
from newsroom.moderation.models import AuditEntry, ModerationSettings

logger = logging.getLogger(__name__)


@dataclass
class ScreeningRecord:
    outcome: str  # approve, hold, reject
    results: list[Result]
    deciding_check: str = ""

    @property
    def matched_words(self) -> list[str]:
        return [hit for result in self.results for hit in result.matches]

    @property
    def toxicity(self) -> float | None:
        for result in self.results:
            if result.check == "toxicity":
                return result.score
        return None

    @property
    def flagged(self) -> bool:
        return any(result.verdict == "flag" for result in self.results)

    @property
    def held_by(self) -> list[str]:
        return [r.check for r in self.results if SEVERITY[r.verdict] >= SEVERITY[HOLD]]


def run_checks(subject: Subject) -> list[Result]:
    results = []
    for check in PIPELINE:
        started = time.perf_counter()
        try:
            result = check(subject)
        except Exception as error:
            # A broken check must not publish what it could not read: it holds.
            logger.exception("Moderation check %s failed", check.__name__)
            result = Result(
                check.__name__.removeprefix("check_"),
                HOLD,
                None,
                f"the check failed: {error}",
                _("our automatic check could not read it, so a moderator will"),
            )
        result.ms = (time.perf_counter() - started) * 1000
        results.append(result)
    return results


def is_trusted_writer(user) -> bool:
    """Moderators and the newsroom's own people are not screened."""
    profile = getattr(user, "profile", None)
    return bool(user.is_staff or (profile is not None and profile.is_staff_member))


def screen(comment: Comment, *, is_edit: bool, warned: bool = False) -> Screening:
    author = comment.author
    if author is not None and is_trusted_writer(author):
        record = ScreeningRecord("approve", [Result("staff", reason="written by staff")], "staff")
        return Screening(status=Comment.Status.PUBLISHED, details=record)
    subject = Subject(comment, is_edit, warned, ModerationSettings.current())
    results = run_checks(subject)
    masked = next((r.masked_body for r in results if r.masked_body is not None), None)
    rejecting = next((r for r in results if r.verdict == REJECT), None)
    warning = next((r for r in results if r.verdict == WARN), None)
    holding = next((r for r in results if r.verdict == HOLD), None)
    if rejecting is not None:
        record = ScreeningRecord("reject", results, rejecting.check)
        reason = _("Not published: %(why)s.") % {"why": rejecting.author_reason}
        return Screening(Comment.Status.REJECTED, reason, masked, details=record)
    if warning is not None and not warned:
        _audit_warning(comment, results)
        return Screening(
            Comment.Status.PENDING,
            warning=_(
                "this may break our commenting policy: it reads as hostile or abusive. "
                "Argue with ideas, not people."
            ),
        )
    if holding is not None:
        record = ScreeningRecord("hold", results, holding.check)
        reason = _("A moderator will read it first: %(why)s.") % {"why": holding.author_reason}
        return Screening(Comment.Status.PENDING, reason, masked, details=record)
    record = ScreeningRecord("approve", results)
    return Screening(Comment.Status.PUBLISHED, "", masked, details=record)


def _audit_warning(comment: Comment, results: list[Result]) -> None:
    AuditEntry.objects.create(
        automatic="toxicity",
        action=AuditEntry.Action.WARNED,
        reader_id=comment.author_id,
        reason="likely toxic; the author may rephrase",
        details={
            "article": comment.article_id,
            "excerpt": comment.body[:200],
            "checks": [r.as_record() for r in results],
        },
    )
