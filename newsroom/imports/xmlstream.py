"""Reading a large, possibly hostile XML export in bounded memory.

defusedxml's parser refuses DTDs, entity declarations and external references, so a
file can neither read local files (XXE), nor reach the network, nor expand entities
without end (billion laughs). On top of it, a tree-builder target keeps only the record
being read: whole elements are built for the records a format asks for (a Disqus
<post>, a WordPress item's children) and dropped as soon as they are handed over;
everything else is counted, not kept. Limits on nesting, on the size of one record and
on the number of different element names keep a crafted file from growing memory (expat
itself remembers each distinct element name).
"""

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from newsroom.imports.records import Problem

CHUNK = 64 * 1024
# No export nests more than a few levels; deeper elements inside a record are ignored
# (and the record reported), and a document nested deeper than MAX_DEPTH is refused.
MAX_RECORD_DEPTH = 16
MAX_RECORD_ELEMENTS = 2_000
MAX_RECORD_CHARS = 2_000_000
MAX_DEPTH = 100_000
MAX_PATH = 6  # levels of structure above the records (rss > channel > item > ...)
MAX_NAMES = 5_000
BOM = b"\xef\xbb\xbf"


@dataclass(slots=True)
class Node:
    ns: str
    tag: str  # the local name, without its namespace
    attrib: dict
    line: int
    children: list["Node"] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    overflow: str = ""  # why the record was cut short, if it was

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def by_tag(self) -> dict[str, "Node"]:
        """The children by (local) name, the first of each."""
        found: dict[str, Node] = {}
        for child in self.children:
            found.setdefault(child.tag, child)
        return found

    def find(self, tag: str) -> "Node | None":
        """The first child of that (local) name."""
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def text_of(self, tag: str) -> str:
        child = self.find(tag)
        return child.all_text().strip() if child is not None else ""

    def attr(self, name: str) -> str:
        """An attribute by its local name, whatever its namespace."""
        for key, value in self.attrib.items():
            if key == name or key.endswith("}" + name):
                return value
        return ""

    def all_text(self) -> str:
        """The text of this element and everything inside it (a message written as
        markup rather than CDATA)."""
        if not self.children:
            return self.text
        pieces, stack = [], [self]
        while stack:
            node = stack.pop()
            pieces.append(node.text)
            stack.extend(reversed(node.children))
        return "".join(pieces)


@dataclass(slots=True)
class Start:
    path: tuple[str, ...]
    ns: str
    attrib: dict
    line: int


@dataclass(slots=True)
class End:
    path: tuple[str, ...]


class _Refused(Exception):
    pass


def _split(name: str) -> tuple[str, str]:
    # expat (set up by ElementTree) spells a namespaced name "uri}local".
    ns, _brace, local = name.rpartition("}")
    return ns, local


class _Target:
    """expat's element and text handlers, building Nodes for records only; see the
    module's docstring. They are set on defusedxml's expat parser directly, skipping
    ElementTree's layer of Python calls: the defusing handlers stay as they are."""

    def __init__(self, is_record: Callable[[tuple[str, ...], str], bool]):
        self.is_record = is_record
        self.path: list[str] = []
        self.depth = 0
        self.stack: list[Node] = []
        self.ignored = 0  # open elements inside the record beyond the limits
        self.elements = 0
        self.chars = 0
        self.names: set[str] = set()
        self.out: list = []
        self.line: Callable[[], int] = lambda: 0
        self.at: Callable[[], int] = lambda: 0
        self.record_at = 0  # the parser's byte index of the record being read

    def start(self, name: str, attributes: dict) -> None:
        if name not in self.names:
            self.names.add(name)
            if len(self.names) > MAX_NAMES:
                raise _Refused(f"more than {MAX_NAMES} different element names: not an export")
        stack = self.stack
        if stack:
            self.elements += 1
            if self.ignored or len(stack) >= MAX_RECORD_DEPTH:
                self.ignored += 1
                stack[0].overflow = f"elements nested deeper than {MAX_RECORD_DEPTH} levels"
                return
            if self.elements > MAX_RECORD_ELEMENTS:
                self.ignored += 1
                stack[0].overflow = f"more than {MAX_RECORD_ELEMENTS} elements"
                return
            ns, _brace, local = name.rpartition("}")
            node = Node(ns, local, attributes, 0)  # only a record's line is reported
            stack[-1].children.append(node)
            stack.append(node)
            return
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(f"elements nested deeper than {MAX_DEPTH} levels")
        if self.depth > len(self.path) + 1 or self.depth > MAX_PATH:
            return  # inside an element that is neither structure nor a record: skipped
        ns, local = _split(name)
        path = (*self.path, local)
        if self.is_record(path, ns):
            self.stack = [Node(ns, local, attributes, self.line())]
            self.record_at = self.at()
            self.elements, self.chars = 1, 0
        else:
            self.path.append(local)
            self.out.append(Start(path, ns, attributes, self.line()))

    def end(self, name: str) -> None:
        if self.ignored:
            self.ignored -= 1
        elif self.stack:
            node = self.stack.pop()
            if not self.stack:
                self.out.append(node)
                self.depth -= 1
        else:
            if self.depth == len(self.path):
                self.out.append(End(tuple(self.path)))
                self.path.pop()
            self.depth -= 1

    def data(self, text: str) -> None:
        if self.stack and not self.ignored:
            self.chars += len(text)
            if self.chars > MAX_RECORD_CHARS:
                self.stack[0].overflow = f"more than {MAX_RECORD_CHARS} characters"
                return
            self.stack[-1].parts.append(text)


MAX_RESUMES = 1_000  # then reading stops: a file broken this often is not an export
MAX_OPENING = 4 * 1024 * 1024  # bytes before the first record, kept for resuming
RESUME_OVERLAP = 8 * 1024  # bytes kept between chunks while looking for a record start


class XmlStream:
    """Iterate over Start, End and Node (a whole record) events and Problems. `position`
    is how many bytes of the file have been read, for progress.

    Where the XML breaks (a bare `&`, a tag left open), the record being read is lost
    and reading goes on at the next start tag named in `resume_at` (the format's
    records): a new parser reads the document's opening again (the bytes before the
    first such tag, kept for this) and then the file from that tag on, so it stands in
    the same place of the structure as the first one did. `resume_inside` (container,
    record) does the same within a container: broken inside a WordPress <item>, reading
    goes on at the item's next <wp:comment> (any prefix), the new parser reading the
    opening and then a bare `<item>` first, so only the broken comment is lost; the
    events of the container's start are not repeated. Refused constructs (a DTD, an
    entity) always stop reading, as does the end of a file cut short."""

    def __init__(
        self,
        file: BinaryIO,
        is_record: Callable[[tuple[str, ...], str], bool],
        resume_at: tuple[str, ...] = (),
        resume_inside: tuple[str, str] | None = None,
    ):
        self.file = file
        self.is_record = is_record
        self.resume_at = frozenset(resume_at)
        self.resume_inside = resume_inside
        self.position = 0
        outer = b"|".join(re.escape(name.encode()) for name in sorted(self.resume_at))
        self._starts = self._starts_inside = re.compile(rb"<(?P<outer>" + outer + rb")(?=[\s/>])")
        if resume_inside:
            inner = re.escape(resume_inside[1].encode())
            self._starts_inside = re.compile(
                rb"<(?:(?P<outer>" + outer + rb")|(?P<inner>(?:[A-Za-z_][\w.-]*:)?" + inner
                + rb"))(?=[\s/>])"
            )  # fmt: skip

    def _read(self) -> bytes:
        chunk = self.file.read(CHUNK)
        self.position += len(chunk)
        return chunk

    def __iter__(self) -> Iterator:
        first = self._read()
        first, skipped, junk_lines = _skip_junk(first)
        line_offset = junk_lines
        if skipped:
            yield Problem(1, f"skipped {skipped} bytes before the start of the XML")
        # Offsets below count the bytes of the XML (after any junk): `at` is where
        # `chunk` starts, `lines` how many newlines come before it.
        chunk, at, lines = first, 0, 0
        opening: bytes | None = None
        prefix = b""  # what a resumed parser reads before the file's bytes
        resumes = 0
        while True:
            target = _Target(self.is_record)
            parser = DefusedXMLParser(forbid_dtd=True, forbid_entities=True,
                                      forbid_external=True)  # fmt: skip
            expat = parser.parser
            expat.StartElementHandler = target.start
            expat.EndElementHandler = target.end
            expat.CharacterDataHandler = target.data
            expat.buffer_text = True  # text between tags in one call, not one per line
            expat.ordered_attributes = False  # attributes as a dict, made in C
            expat.buffer_size = CHUNK
            offset = line_offset  # this parser's line numbers -> the file's
            target.line = functools.partial(_line_of, expat, offset)
            target.at = functools.partial(getattr, expat, "CurrentByteIndex")
            head: list[bytes] = []  # the first parser's bytes until the first record
            first_record: list[int] = []
            watching = opening is None and bool(self.resume_at) and not prefix
            if watching:
                expat.StartElementHandler = self._watcher(target, expat, first_record)
            if prefix:
                parser.feed(prefix)  # back to where the records are, silently
                target.out.clear()
            base = at - len(prefix)  # the file offset of this parser's byte 0
            previous, previous_at, previous_lines = b"", at, lines
            failure: Exception | None = None
            while chunk:
                try:
                    parser.feed(chunk)
                except Exception as error:  # noqa: BLE001 - each kind is told apart below
                    failure = error
                if watching:
                    head.append(chunk)
                    if first_record:
                        whole = b"".join(head)
                        if first_record[0] <= MAX_OPENING:
                            opening = whole[: first_record[0]]
                        watching, head = False, []
                    elif sum(map(len, head)) > MAX_OPENING:
                        watching, head = False, []
                yield from target.out
                target.out.clear()
                if failure is not None:
                    break
                previous, previous_at, previous_lines = chunk, at, lines
                at, lines = at + len(chunk), lines + chunk.count(b"\n")
                chunk = self._read()
            else:
                try:
                    expat.Parse(b"", True)  # the end: is anything left open?
                except Exception as error:  # noqa: BLE001
                    yield from target.out
                    yield _stopped(error, expat, offset)
                    return
                yield from target.out
                return
            if (
                not isinstance(failure, ParseError | ExpatError)
                or opening is None
                or resumes >= MAX_RESUMES
            ):
                yield _stopped(failure, expat, offset)
                return
            inside = bool(
                self.resume_inside and target.path and target.path[-1] == self.resume_inside[0]
            )
            lost = target.stack[0] if target.stack else None
            window, window_at, window_lines = previous + chunk, previous_at, previous_lines
            start = max(base + expat.ErrorByteIndex - window_at + 1, 0)
            if lost is not None and base + target.record_at >= window_at:
                # Whatever came after the lost record's start tag is inside it (a tag
                # left open shows only at a later end tag) and was not handed over: it
                # is read again, so a comment left unclosed loses only itself.
                start = base + target.record_at - window_at + 1
            found, within = self._next_record(window, start, inside)
            while found < 0:
                more = self._read()
                if not more:
                    yield _stopped(failure, expat, offset)
                    return
                keep = window[-RESUME_OVERLAP:]
                dropped = len(window) - len(keep)
                window_lines += window[:dropped].count(b"\n")
                window_at += dropped
                # Never back before the break: what came before it was read already.
                window, start = keep + more, max(start - dropped, 0)
                found, within = self._next_record(window, start, inside)
            resumes += 1
            at, lines = window_at + found, window_lines + window[:found].count(b"\n")
            chunk, prefix = window[found:], opening
            if within and self.resume_inside:
                prefix = opening + f"<{self.resume_inside[0]}>".encode()
            resumed_line = junk_lines + lines + 1  # `lines` counts from the XML's start
            # A resumed parser is on line (newlines of the opening + 1) where the file's
            # line is `resumed_line`.
            line_offset = resumed_line - opening.count(b"\n") - 1
            reason = str(failure).split(":")[0]
            what = f"the <{lost.tag}> from line {lost.line}" if lost else "the record"
            yield Problem(_error_line(failure, offset), f"the XML is broken here ({reason});"
                          f" {what} was skipped and reading went on at line"
                          f" {resumed_line}")  # fmt: skip

    def _watcher(self, target: "_Target", expat, first_record: list[int]) -> Callable:
        """A start handler that notes where the first record begins (the end of the
        document's opening), then hands over to the target's own."""

        def start(name: str, attributes: dict) -> None:
            if name.rpartition("}")[2] in self.resume_at:
                first_record.append(expat.CurrentByteIndex)
                expat.StartElementHandler = target.start
            target.start(name, attributes)

        return start

    def _next_record(self, window: bytes, start: int, inside: bool) -> tuple[int, bool]:
        """Where the next record's start tag is in `window` from `start` (or -1), and
        whether it is one of `resume_inside`'s records (looked for only `inside` its
        container). Empty elements (`<thread dsq:id="7"/>`, a post's reference to its
        thread) are not records."""
        starts = self._starts_inside if inside else self._starts
        for match in starts.finditer(window, start):
            close = window.find(b">", match.end())
            if close < 0:
                break  # cut at the window's end: looked for again with more bytes
            if window[close - 1] != 47:  # "/"
                return match.start(), match.group("outer") is None
        return -1, False


def _error_line(error: Exception, line_offset: int) -> int:
    if isinstance(error, ParseError):
        return error.position[0] + line_offset
    return getattr(error, "lineno", 0) + line_offset


def _stopped(error: Exception, expat, line_offset: int) -> Problem:
    if isinstance(error, ParseError | ExpatError):
        line = _error_line(error, line_offset)
        reason = str(error).split(":")[0]
        return Problem(line, f"the XML is broken here ({reason}); reading stopped", fatal=True)
    line = expat.CurrentLineNumber + line_offset
    if isinstance(error, DefusedXmlException):
        name = type(error).__name__
        what = {
            "DTDForbidden": "a document type declaration (<!DOCTYPE>)",
            "EntitiesForbidden": "an entity declaration",
            "ExternalReferenceForbidden": "a reference to an external file",
        }.get(name, name)
        return Problem(
            line, f"the file contains {what}, which is refused for safety; reading stopped",
            fatal=True,
        )  # fmt: skip
    if isinstance(error, _Refused):
        return Problem(line, f"the file has {error}; reading stopped", fatal=True)
    raise error


def _skip_junk(chunk: bytes) -> tuple[bytes, int, int]:
    """Drop whatever comes before the XML (a byte-order mark after other bytes, a
    warning printed into the file, blank lines before the declaration). Returns the
    chunk, how many bytes were dropped (not counting whitespace and a leading BOM), and
    how many lines."""
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        return chunk, 0, 0  # UTF-16: expat reads its byte-order mark itself
    start = 0
    if chunk.startswith(BOM):
        start = len(BOM)
    if chunk[start : start + 1] == b"<":
        return chunk[start:], 0, 0
    declaration = chunk.find(b"<?xml", start)
    if declaration == -1:
        declaration = start
        while True:
            declaration = chunk.find(b"<", declaration)
            if declaration == -1 or chunk[declaration + 1 : declaration + 2].isalpha():
                break
            declaration += 1
        if declaration == -1:
            return chunk[start:], 0, 0  # nothing that looks like XML: let expat say so
    junk = chunk[start:declaration]
    if junk.endswith(BOM):
        junk = junk[: -len(BOM)]
    dropped = 0 if not junk.strip() else len(junk)
    return chunk[declaration:], dropped, chunk[:declaration].count(b"\n")


def _line_of(expat, offset: int) -> int:
    """The file's line number where this parser is (its own numbers start again)."""
    return expat.CurrentLineNumber + offset
