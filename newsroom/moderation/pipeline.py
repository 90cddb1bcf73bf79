"""Screening: every new or edited comment passes the checks before anyone else sees it.

`screen` runs every check (so moderators see each verdict, score and time), then
decides: reject if any check rejects; warn the author once if the comment reads as
toxic; hold if any check holds; else publish. The Screening it returns is what the
write stores: the comment's status and reason, and the record kept on its Review.
"""

import dataclasses
import logging
import time
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from newsroom.comments.models import Comment
from newsroom.moderation.checks import PIPELINE, Result, Subject
from newsroom.moderation.models import AuditEntry, ModerationSettings, Outcome, Verdict

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Screening:
    outcome: Outcome
    results: list[Result] = field(default_factory=list)
    deciding_check: str = ""
    reason: str = ""  # told to the author of a held or rejected comment
    # The text to publish instead of the reader's, e.g. with words masked.
    published_body: str | None = None
    # Set when the author should be warned once before the comment is saved.
    warning: str = ""
    # The author's recent rejections, if a check read the author's record (the queue's
    # priority needs it too, and need not ask again).
    author_rejections: int | None = None

    @property
    def status(self) -> str:
        return {
            Outcome.APPROVED: Comment.Status.PUBLISHED,
            Outcome.HELD: Comment.Status.PENDING,
            Outcome.REJECTED: Comment.Status.REJECTED,
        }[self.outcome]

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
        return any(result.verdict == Verdict.FLAG for result in self.results)

    @property
    def held_by(self) -> list[str]:
        hold = Verdict.HOLD.severity
        return [r.check for r in self.results if Verdict(r.verdict).severity >= hold]

    def records(self) -> list[dict]:
        return [result.as_record() for result in self.results]


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
                Verdict.HOLD,
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
        staff = Result("staff", reason="written by staff")
        return Screening(Outcome.APPROVED, [staff], "staff")
    subject = Subject(comment, is_edit, warned, ModerationSettings.current())
    screening = _decide(run_checks(subject), warned)
    if "record" in subject.__dict__:  # a cached_property some check has read
        return dataclasses.replace(screening, author_rejections=subject.record.recent_rejected)
    return screening


def _decide(results: list[Result], warned: bool) -> Screening:
    masked = next((r.masked_body for r in results if r.masked_body is not None), None)
    rejecting = next((r for r in results if r.verdict == Verdict.REJECT), None)
    warning = next((r for r in results if r.verdict == Verdict.WARN), None)
    holding = next((r for r in results if r.verdict == Verdict.HOLD), None)
    if rejecting is not None:
        reason = _("Not published: %(why)s.") % {"why": rejecting.author_reason}
        return Screening(Outcome.REJECTED, results, rejecting.check, reason, masked)
    if warning is not None and not warned:
        return Screening(
            Outcome.HELD,
            results,
            warning.check,
            warning=_(
                "this may break our commenting policy: it reads as hostile or abusive. "
                "Argue with ideas, not people."
            ),
        )
    if holding is not None:
        reason = _("A moderator will read it first: %(why)s.") % {"why": holding.author_reason}
        return Screening(Outcome.HELD, results, holding.check, reason, masked)
    return Screening(Outcome.APPROVED, results, published_body=masked)


def audit_warning(comment: Comment, screening: Screening) -> None:
    AuditEntry.objects.create(
        automatic=screening.deciding_check or "toxicity",
        action=AuditEntry.Action.WARNED,
        reader_id=comment.author_id,
        reason="likely toxic; the author may rephrase",
        details={
            "article": comment.article_id,
            "excerpt": comment.body[:200],
            "checks": screening.records(),
        },
    )
