"""Disqus XML exports: <thread> and <post> records, streamed (see xmlstream.py).

Posts name their thread and parent by Disqus's internal id (`dsq:id`) or, in the
hand-written import format, by the text of the target's own <id>; both are understood.
Disqus dates are UTC when they carry no offset.
"""

from collections.abc import Iterator
from typing import BinaryIO

from newsroom.imports.records import (
    AuthorRecord,
    CommentRecord,
    Problem,
    Record,
    Source,
    State,
    ThreadRecord,
    read_bool,
    read_count,
    read_moment,
)
from newsroom.imports.xmlstream import Node, Start, XmlStream

SOURCE = "disqus"


def _is_record(path: tuple[str, ...], ns: str) -> bool:
    return len(path) == 2 and path[1] in ("thread", "post")


def _reference(node: Node | None) -> str:
    """A reference to another record: its dsq:id, or else the text of its own <id>."""
    if node is None:
        return ""
    internal = node.attr("id").strip()
    if internal:
        return internal
    text = node.text.strip()
    return f"id:{text}" if text else ""


def parse(file: BinaryIO, stream: XmlStream | None = None) -> Iterator[Record]:
    stream = stream or XmlStream(file, _is_record, resume_at=("thread", "post"))
    yield Source(SOURCE)
    for event in stream:
        if isinstance(event, Problem):
            yield event
        elif isinstance(event, Start) and len(event.path) == 1 and event.path[0] != "disqus":
            yield Problem(event.line, f"not a Disqus export (it starts with <{event.path[0]}>)",
                          fatal=True)  # fmt: skip
            return
        elif isinstance(event, Node):
            if event.overflow:
                yield Problem(event.line, f"skipped a <{event.tag}> with {event.overflow}")
            elif event.tag == "thread":
                yield _thread(event)
            else:
                yield _post(event)


def _thread(node: Node) -> ThreadRecord | Problem:
    own_id = node.text_of("id")
    key = node.attr("id").strip() or (f"id:{own_id}" if own_id else "")
    if not key:
        return Problem(node.line, "skipped a thread without an id")
    aliases = (f"id:{own_id}",) if own_id and key != f"id:{own_id}" else ()
    return ThreadRecord(key=key, url=node.text_of("link"), title=node.text_of("title"),
                        aliases=aliases, line=node.line)  # fmt: skip


def _post(node: Node) -> CommentRecord | Problem:
    fields = node.by_tag()

    def text_of(tag: str) -> str:
        child = fields.get(tag)
        return child.all_text().strip() if child is not None else ""

    own_id = text_of("id")
    key = node.attr("id").strip() or (f"id:{own_id}" if own_id else "")
    if not key:
        return Problem(node.line, "skipped a post without an id")
    thread = _reference(fields.get("thread"))
    if not thread:
        return Problem(node.line, f"skipped post {key}: it names no thread")
    created = read_moment(text_of("createdAt"))
    if created is None:
        return Problem(node.line, f"skipped post {key}: its date is missing or unreadable")
    author = fields.get("author")
    if author is not None:
        person = AuthorRecord(
            name=author.text_of("name"),
            email=author.text_of("email"),
            username=author.text_of("username"),
            anonymous=read_bool(author.text_of("isAnonymous")),
        )
    else:
        person = AuthorRecord(anonymous=True)
    if read_bool(text_of("isDeleted")):
        state = State.DELETED
    elif read_bool(text_of("isSpam")):
        state = State.SPAM
    elif "isApproved" in fields and not read_bool(text_of("isApproved")):
        state = State.PENDING
    else:
        state = State.PUBLISHED
    message = fields.get("message")
    return CommentRecord(
        key=key,
        thread_key=thread,
        parent_key=_reference(fields.get("parent")),
        created_at=created,
        author=person,
        html=message.all_text() if message is not None else "",
        state=state,
        upvotes=read_count(text_of("likes")),
        downvotes=read_count(text_of("dislikes")),
        line=node.line,
    )
