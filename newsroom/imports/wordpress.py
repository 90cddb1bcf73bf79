"""WordPress WXR exports: each <item> is a thread, its <wp:comment>s the comments.

Every WXR version is read (the wp namespace http(s)://wordpress.org/export/1.0/ to 1.2/).
A comment's time is its `comment_date_gmt`; a comment without one (old exports) is in
the given zone, the old site's time zone. Pingbacks and trackbacks are not comments.
"""

import re
from collections.abc import Iterator
from datetime import UTC, tzinfo
from typing import BinaryIO
from urllib.parse import urlsplit

from newsroom.imports.bodies import paragraphs
from newsroom.imports.records import (
    AuthorRecord,
    CommentRecord,
    Kind,
    Problem,
    Record,
    Source,
    State,
    ThreadRecord,
    read_moment,
)
from newsroom.imports.xmlstream import End, Node, Start, XmlStream

WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/$")
STATES = {
    "1": State.PUBLISHED,
    "approve": State.PUBLISHED,
    "0": State.PENDING,
    "hold": State.PENDING,
    "spam": State.SPAM,
    "trash": State.DELETED,
    "post-trashed": State.DELETED,
}
KINDS = {"": Kind.COMMENT, "comment": Kind.COMMENT, "review": Kind.COMMENT,
         "pingback": Kind.PINGBACK, "trackback": Kind.TRACKBACK}  # fmt: skip
ITEM = ("rss", "channel", "item")


def _is_record(path: tuple[str, ...], ns: str) -> bool:
    if len(path) == 3:
        return path[:2] == ("rss", "channel") and path[2] != "item"
    return len(path) == 4 and path[:3] == ITEM


def _wp(node: Node) -> bool:
    return bool(WP_NAMESPACE.match(node.ns))


def _field(node: Node, tag: str) -> str:
    for child in node.children:
        if child.tag == tag and _wp(child):
            return child.text.strip()
    return ""


class _Item:
    def __init__(self, line: int):
        self.line = line
        self.fields: dict[str, str] = {}
        self.thread: ThreadRecord | None = None

    def as_thread(self) -> ThreadRecord | None:
        post_id, link = self.fields.get("post_id", ""), self.fields.get("link", "")
        key = f"post:{post_id}" if post_id else (f"link:{link}" if link else "")
        if not key:
            return None
        self.thread = ThreadRecord(
            key=key, url=link or self.fields.get("guid", ""), title=self.fields.get("title", ""),
            slug=self.fields.get("post_name", ""), line=self.line,
        )  # fmt: skip
        return self.thread


def parse(file: BinaryIO, zone: tzinfo = UTC) -> Iterator[Record]:
    source_named = False
    item: _Item | None = None
    for event in XmlStream(
        file, _is_record, resume_at=("item",), resume_inside=("item", "comment")
    ):
        if isinstance(event, Problem):
            yield event
        elif isinstance(event, Start):
            if len(event.path) == 1 and event.path[0] != "rss":
                yield Problem(event.line, f"not a WordPress export (it starts with"
                              f" <{event.path[0]}>)", fatal=True)  # fmt: skip
                return
            if event.path == ITEM:
                if not source_named:
                    source_named = True
                    yield Source("wordpress")
                item = _Item(event.line)
        elif isinstance(event, End):
            if event.path == ITEM:
                item = None
        elif isinstance(event, Node):
            if item is None:
                if (
                    not source_named
                    and event.tag in ("base_site_url", "base_blog_url")
                    and _wp(event)
                ):
                    source_named = True
                    yield Source(_source_name(event.text))
                continue
            if event.overflow:
                yield Problem(event.line, f"skipped a <{event.tag}> with {event.overflow}")
            elif event.tag == "comment" and _wp(event):
                if item.thread is None:
                    thread = item.as_thread()
                    if thread is None:
                        yield Problem(event.line, "skipped a comment of an item with neither"
                                      " a post id nor a link")  # fmt: skip
                        continue
                    yield thread
                if item.thread is not None:
                    yield _comment(event, item.thread, zone)
            elif event.tag in ("title", "link", "guid") and not event.ns:
                item.fields[event.tag] = event.text.strip()
            elif event.tag in ("post_id", "post_name") and _wp(event):
                item.fields[event.tag] = event.text.strip()


def _source_name(url: str) -> str:
    parts = urlsplit(url.strip())
    site = f"{parts.netloc}{parts.path.rstrip('/')}".lower()
    return f"wordpress:{site}" if site else "wordpress"


def _comment(node: Node, thread: ThreadRecord, zone: tzinfo) -> CommentRecord | Problem:
    key = _field(node, "comment_id")
    if not key:
        return Problem(node.line, "skipped a comment without a comment_id")
    created = read_moment(_field(node, "comment_date_gmt")) or read_moment(
        _field(node, "comment_date"), zone
    )
    if created is None:
        return Problem(node.line, f"skipped comment {key}: its date is missing or unreadable")
    kind = KINDS.get(_field(node, "comment_type").lower())
    if kind is None:
        return Problem(node.line, f"skipped comment {key}: of type"
                       f" {_field(node, 'comment_type')!r}, not a reader's comment")  # fmt: skip
    parent = _field(node, "comment_parent")
    user_id = _field(node, "comment_user_id")
    return CommentRecord(
        key=key,
        thread_key=thread.key,
        parent_key="" if parent in ("", "0") else parent,
        created_at=created,
        author=AuthorRecord(
            name=_field(node, "comment_author"),
            email=_field(node, "comment_author_email"),
            username=f"user-{user_id}" if user_id not in ("", "0") else "",
        ),
        html=paragraphs(_field(node, "comment_content")),
        state=STATES.get(_field(node, "comment_approved").lower(), State.PENDING),
        kind=kind,
        line=node.line,
    )
