"""What the parsers yield: plain records of threads, comments and problems, with the
line each came from. Nothing here touches the database."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum


class State(StrEnum):
    PUBLISHED = "published"
    PENDING = "pending"
    SPAM = "spam"
    DELETED = "deleted"


class Kind(StrEnum):
    COMMENT = "comment"
    PINGBACK = "pingback"
    TRACKBACK = "trackback"


@dataclass(slots=True)
class Source:
    """The system the records come from, which scopes their ids ("disqus",
    "wordpress:https://old.example", ...)."""

    name: str


@dataclass(slots=True)
class ThreadRecord:
    key: str
    url: str = ""
    title: str = ""
    # Other keys that posts may use for this thread (Disqus: its own <id>).
    aliases: tuple[str, ...] = ()
    slug: str = ""  # a slug the old system gave the story, if it says
    line: int = 0


@dataclass(slots=True)
class AuthorRecord:
    name: str = ""
    email: str = ""
    username: str = ""  # the author's id in the old system, if they had an account
    anonymous: bool = False


@dataclass(slots=True)
class CommentRecord:
    key: str
    thread_key: str
    created_at: datetime
    author: AuthorRecord
    parent_key: str = ""
    html: str = ""  # the text as the old system stored it (HTML, cleaned on the way in)
    text: str | None = None  # the author's own source text, when the export has it (ours)
    state: State = State.PUBLISHED
    kind: Kind = Kind.COMMENT
    upvotes: int = 0
    downvotes: int = 0
    edited_at: datetime | None = None
    line: int = 0
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Problem:
    """A record that could not be read (skipped), or the point where reading stopped."""

    line: int
    message: str
    fatal: bool = False  # nothing after this point could be read


Record = Source | ThreadRecord | CommentRecord | Problem


# --- Reading the values that exports spell in many ways ------------------------------

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST_AHEAD = timedelta(days=1)
MAX_COUNT = 2**31 - 1


def read_moment(text: str, zone: tzinfo = UTC) -> datetime | None:
    """An ISO 8601 moment; one without an offset is in `zone`. None if unreadable or
    outside 1990 .. tomorrow (a far-future date would pin a thread on top forever)."""
    text = (text or "").strip()
    if not text or text.startswith("0000"):
        return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    moment = moment.astimezone(UTC)
    if not EARLIEST <= moment <= datetime.now(UTC) + LATEST_AHEAD:
        return None
    return moment


def read_bool(text: str) -> bool:
    return (text or "").strip().lower() in ("true", "1", "yes")


def read_count(text) -> int:
    try:
        return max(0, min(int(str(text).strip() or 0), MAX_COUNT))
    except ValueError:
        return 0
