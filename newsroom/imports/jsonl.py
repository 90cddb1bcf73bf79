"""JSON Lines, Newsroom's own export: a source line, then one line per thread and per
comment (see exports.py for the fields). Read a line at a time; a line longer than
MAX_LINE or not valid JSON is reported and skipped."""

import json
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
    read_count,
    read_moment,
)

MAX_LINE = 4 * 1024 * 1024
STATES = {"published": State.PUBLISHED, "pending": State.PENDING, "rejected": State.SPAM}


class LineReader:
    """Lines of a binary file, never more than MAX_LINE bytes of one in memory."""

    def __init__(self, file: BinaryIO):
        self.file = file
        self.position = 0

    def __iter__(self) -> Iterator[tuple[int, bytes | None]]:
        number = 0
        while True:
            line = self.file.readline(MAX_LINE + 1)
            if not line:
                return
            number += 1
            self.position += len(line)
            if len(line) > MAX_LINE and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # the rest of the long line
                    line = self.file.readline(MAX_LINE)
                    self.position += len(line)
                yield number, None
                continue
            yield number, line


def parse(file: BinaryIO, lines: LineReader | None = None) -> Iterator[Record]:
    source_named = False
    for number, line in lines or LineReader(file):
        if line is None:
            yield Problem(number, f"skipped a line longer than {MAX_LINE} bytes")
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (ValueError, RecursionError):
            yield Problem(number, "skipped a line that is not valid JSON")
            continue
        if not isinstance(data, dict):
            yield Problem(number, "skipped a line that is not a JSON object")
            continue
        kind = data.get("type")
        if kind == "source" and not source_named:
            source_named = True
            yield Source(f"jsonl:{_text(data.get('name'))}"[:200])
            continue
        if not source_named:
            source_named = True
            yield Source("jsonl")
        if kind == "thread":
            record = _thread(data, number)
        elif kind == "comment":
            record = _comment(data, number)
        else:
            record = Problem(number, f"skipped a line of unknown type {_text(kind)[:40]!r}")
        yield record


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def _thread(data: dict, number: int) -> Record:
    key = _text(data.get("id"))
    if not key:
        return Problem(number, "skipped a thread without an id")
    return ThreadRecord(key=key, url=_text(data.get("url")), title=_text(data.get("title")),
                        line=number)  # fmt: skip


def _comment(data: dict, number: int) -> Record:
    key, thread = _text(data.get("id")), _text(data.get("thread"))
    if not key or not thread:
        return Problem(number, "skipped a comment without an id or a thread")
    created = read_moment(_text(data.get("created_at")))
    if created is None:
        return Problem(number, f"skipped comment {key}: its date is missing or unreadable")
    given = data.get("author")
    author: dict = given if isinstance(given, dict) else {}
    state = State.DELETED if data.get("deleted") is True else STATES.get(
        _text(data.get("status")), State.PENDING
    )  # fmt: skip
    body = data.get("body")
    return CommentRecord(
        key=key,
        thread_key=thread,
        parent_key=_text(data.get("parent")),
        created_at=created,
        author=AuthorRecord(
            name=_text(author.get("name")),
            email=_text(author.get("email")),
            username=_text(author.get("username")),
            anonymous=author.get("anonymous") is True,
        ),
        html=data["body_html"] if isinstance(data.get("body_html"), str) else "",
        text=body if isinstance(body, str) else None,
        state=state,
        upvotes=read_count(data.get("upvotes", 0)),
        downvotes=read_count(data.get("downvotes", 0)),
        edited_at=read_moment(_text(data.get("edited_at"))),
        line=number,
    )
