"""What the API reads and answers, as django-ninja schemas (they make the OpenAPI schema)."""

from datetime import datetime
from typing import Literal

from ninja import Field, Schema


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in words to show the reader.")
    code: str = Field("error", description="A stable name for the kind of error.")


class WarningOut(ErrorOut):
    """The comment reads as likely to break the commenting policy: nothing was saved.
    Show `warning`; the reader may rephrase, or send the same request again with
    `warned: true`, when it is posted and held for a moderator."""

    warning: str
    body: str = Field(description="The reader's text, unchanged, to edit.")


class CommentShown(Schema):
    """What every answer shows of a comment."""

    id: int
    parent: int | None
    author: str
    html: str
    created_at: datetime
    edited: bool
    deleted: bool
    score: int
    reply_count: int


class CommentOut(CommentShown):
    more_replies: int
    replies: list["CommentOut"]


class ThreadOut(Schema):
    article: int
    sort: str
    comment_count: int
    items: list[CommentOut]
    next_cursor: str | None


class ThreadQuery(Schema):
    sort: str = "updated"
    cursor: str | None = None


class CountsOut(Schema):
    counts: dict[int, int]


class CommentDetailOut(CommentShown):
    """One comment; `status` and `status_reason` are the author's to see (for others a
    comment shown is always published)."""

    article: int
    status: Literal["published", "pending", "rejected"]
    status_reason: str
    mine: bool
    editable_until: datetime | None


class PostIn(Schema):
    body: str = Field(description="Markdown: bold, italic, quotes, code, lists, links.")
    warned: bool = Field(False, description="Post it as it is after a warning (held).")
    idempotency_key: str = Field(
        "",
        max_length=64,
        description="A key of the client's for this one comment: a retry with the same "
        "key returns the comment saved the first time instead of a second copy.",
    )


class EditIn(Schema):
    body: str


class VoteIn(Schema):
    value: int = Field(description="1 for up, -1 for down; the same vote again takes it back.")


class VoteOut(Schema):
    id: int
    score: int
    mine: int = Field(description="The reader's vote now: 1, -1 or 0.")


class ReportIn(Schema):
    reason: str = Field(description="spam, abuse, harassment, hate, threat, off_topic, other")
    text: str = Field("", max_length=500, description="Required when the reason is other.")


class ReportOut(Schema):
    comment: int
    reason: str
    created_at: datetime


class MeOut(Schema):
    id: int
    display_name: str
    email_verified: bool
    moderator: bool
    scopes: list[str] = Field(description="What this caller may do: the token's scopes.")


class MyCommentOut(CommentDetailOut):
    article_title: str
    article_url: str


class MyCommentsOut(Schema):
    items: list[MyCommentOut]
    next_before: int | None = Field(description="Pass as `before` for the next page.")


class NoticeOut(Schema):
    id: int
    comment: int | None
    decision: str
    reason: str
    excerpt: str
    article_title: str
    article_url: str
    created_at: datetime


class NoticesOut(Schema):
    items: list[NoticeOut]
    next_before: int | None


class ReviewOut(Schema):
    outcome: str
    held_by: list[str]
    checks: list[dict]
    toxicity: float | None
    priority: float
    priority_parts: list[dict]
    matched_words: list[str]
    open_reports: int
    decision: str


class HistoryOut(Schema):
    total: int
    published: int
    pending: int
    rejected: int
    recent_published: int
    recent_rejected: int


class QueueItemOut(Schema):
    comment: CommentDetailOut
    body: str = Field(description="The text as the author wrote it (Markdown).")
    author_id: int | None
    article_title: str
    section: str
    review: ReviewOut | None
    reports: list[tuple[str, int]] = Field(description="(reason, how many) pairs.")
    report_texts: list[str]
    history: HistoryOut


class QueueOut(Schema):
    tab: str
    page: int
    has_more: bool
    counts: dict[str, int]
    items: list[QueueItemOut]


class DecisionIn(Schema):
    action: Literal["approve", "reject", "feature", "unfeature"]
    reason: str = Field(
        "",
        description="For reject: spam, harassment, hate, threat, "
        "abuse, off_topic or other (told to the author).",
    )
    note: str = Field(
        "", max_length=500, description="For reject: added to what the author is told."
    )


class DecisionOut(Schema):
    detail: str
    comment: CommentDetailOut
