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


def _attributes(pairs: list) -> dict:
    if not pairs:
        return {}
    if len(pairs) == 2:
        return {pairs[0]: pairs[1]}
    return dict(zip(pairs[::2], pairs[1::2], strict=False))


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

    def start(self, name: str, pairs: list) -> None:
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
            node = Node(ns, local, _attributes(pairs), 0)  # only a record's line is reported
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
            self.stack = [Node(ns, local, _attributes(pairs), self.line())]
            self.elements, self.chars = 1, 0
        else:
            self.path.append(local)
            self.out.append(Start(path, ns, _attributes(pairs), self.line()))

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


class XmlStream:
    """Iterate over Start, End and Node (a whole record) events and Problems. `position`
    is how many bytes of the file have been read, for progress."""

    def __init__(self, file: BinaryIO, is_record: Callable[[tuple[str, ...], str], bool]):
        self.file = file
        self.is_record = is_record
        self.position = 0

    def __iter__(self) -> Iterator:
        target = _Target(self.is_record)
        parser = DefusedXMLParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
        expat = parser.parser
        expat.StartElementHandler = target.start
        expat.EndElementHandler = target.end
        expat.CharacterDataHandler = target.data
        first = self.file.read(CHUNK)
        self.position = len(first)
        first, skipped, line_offset = _skip_junk(first)
        target.line = lambda: expat.CurrentLineNumber + line_offset
        if skipped:
            yield Problem(1, f"skipped {skipped} bytes before the start of the XML")
        chunk = first
        while chunk:
            try:
                parser.feed(chunk)
            except Exception as error:  # noqa: BLE001 - each kind is reported below
                yield from target.out
                yield _stopped(error, expat, line_offset)
                return
            yield from target.out
            target.out.clear()
            chunk = self.file.read(CHUNK)
            self.position += len(chunk)
        try:
            expat.Parse(b"", True)  # the end: is anything left open?
        except Exception as error:  # noqa: BLE001
            yield from target.out
            yield _stopped(error, expat, line_offset)
            return
        yield from target.out


def _stopped(error: Exception, expat, line_offset: int) -> Problem:
    if isinstance(error, ParseError | ExpatError):
        line = (error.position[0] if isinstance(error, ParseError) else error.lineno) + line_offset
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
