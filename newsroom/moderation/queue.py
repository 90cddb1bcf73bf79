"""The moderation queue: which comments a tab shows, filtered and ordered, and what each
item needs on screen, fetched for the whole page in a fixed number of queries."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import F, Q

from newsroom.articles.models import SectionPage
from newsroom.comments.models import Comment, Report
from newsroom.core.numbers import database_id
from newsroom.moderation.models import (
    AuthorRecord,
    ModerationSettings,
    Review,
    approved_by_moderator,
    awaiting_moderation,
    rejected,
    reported,
)

TABS = {
    "pending": awaiting_moderation(),
    "reported": reported(),
    "rejected": rejected(),
    "approved": approved_by_moderator(),
    "all": Q(),
}
ORDERS: dict[str, list] = {
    "priority": [F("review__priority").desc(nulls_last=True), "created_at", "pk"],
    "oldest": ["created_at", "pk"],
    "newest": ["-created_at", "-pk"],
}
PAGE_SIZE = 20
MAX_PAGE = 10_000


@dataclass
class Filters:
    tab: str = "pending"
    order: str = "priority"
    edition: str = ""
    section: int | None = None
    article: int | None = None
    reason: str = ""

    @classmethod
    def from_query(cls, query) -> "Filters":
        tab = query.get("tab", "pending")
        order = query.get("order", "priority")
        return cls(
            tab=tab if tab in TABS else "pending",
            order=order if order in ORDERS else "priority",
            # NUL is not allowed in PostgreSQL text; nothing legitimate contains it.
            edition=query.get("edition", "").replace("\x00", "")[:10],
            section=database_id(query.get("section", "")),
            article=database_id(query.get("article", "")),
            reason=query.get("reason", "").replace("\x00", "")[:40],
        )

    def as_query(self, **changes) -> dict:
        values = {**self.__dict__, **changes}
        return {key: value for key, value in values.items() if value not in ("", None)}


def comments_for(filters: Filters):
    comments = Comment.objects.filter(TABS[filters.tab])
    if filters.edition:
        comments = comments.filter(article__locale__language_code=filters.edition)
    if filters.section:
        section = SectionPage.objects.filter(pk=filters.section).only("path").first()
        if section is None:
            return Comment.objects.none()
        comments = comments.filter(article__path__startswith=section.path)
    if filters.article:
        comments = comments.filter(article_id=filters.article)
    if filters.reason:
        comments = comments.filter(review__held_by__contains=f",{filters.reason},")
    return comments.order_by(*ORDERS[filters.order])


@dataclass
class Item:
    comment: Comment
    review: Review | None
    section: str = ""
    reports: list[tuple[str, int]] = field(default_factory=list)  # (reason, how many)
    report_texts: list[str] = field(default_factory=list)
    history: AuthorRecord = field(default_factory=AuthorRecord)

    @property
    def matched_words(self) -> list[str]:
        # Comments from before screening, or imported ones, have no review.
        return list(self.review.matched_words) if self.review is not None else []


def author_history(author_ids) -> dict[int, AuthorRecord]:
    """Each author's record, in one query."""
    window = ModerationSettings.current().rejection_window_days
    return AuthorRecord.of_authors(author_ids, window_days=window)


def items_for(comments: list[Comment]) -> list[Item]:
    """What each queue item shows, for a whole page at once: reports, the authors'
    history, the sections."""
    ids = [comment.pk for comment in comments]
    items = [Item(comment, getattr(comment, "review", None)) for comment in comments]
    by_id = {item.comment.pk: item for item in items}
    reasons: dict[int, Counter] = defaultdict(Counter)
    for report in Report.objects.filter(comment_id__in=ids).order_by("created_at"):
        reasons[report.comment_id][str(report.get_reason_display())] += 1
        if report.text:
            by_id[report.comment_id].report_texts.append(report.text)
    for comment_id, counted in reasons.items():
        by_id[comment_id].reports = counted.most_common()
    history = author_history({comment.author_id for comment in comments if comment.author_id})
    parent_paths = {comment.article.path[: -comment.article.steplen] for comment in comments}
    sections = dict(SectionPage.objects.filter(path__in=parent_paths).values_list("path", "title"))
    for item in items:
        author_id = item.comment.author_id
        item.history = history.get(author_id, AuthorRecord()) if author_id else AuthorRecord()
        article = item.comment.article
        item.section = sections.get(article.path[: -article.steplen], "")
    return items


def page_of(filters: Filters, page: int):
    comments = (
        comments_for(filters)
        .select_related(
            "article__locale",
            "author__profile",
            "review",
            "parent__author__profile",
        )
        .defer("article__body")
    )
    start = (page - 1) * PAGE_SIZE
    found = list(comments[start : start + PAGE_SIZE + 1])
    return items_for(found[:PAGE_SIZE]), len(found) > PAGE_SIZE


def tab_counts() -> dict[str, int]:
    return {tab: Comment.objects.filter(TABS[tab]).count() for tab in ("pending", "reported")}
