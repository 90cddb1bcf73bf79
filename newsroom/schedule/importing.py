"""Importing a schedule from a CSV or XMLTV file: every good row is kept, every bad row
reported with its line and the reason, nothing half-written (one transaction).

CSV: a header row, then `start,end,title,description` (end and description may be
empty; an empty end is the next row's start). Times are the edition's local clock
(`2026-03-29 01:30`) or carry their own offset (`2026-03-29T01:30+01:00`).
XMLTV: `<programme start="20260329013000 +0100" stop="…">` with `<title>` and
`<desc>`, as broadcast listing tools write it; read with defusedxml (no entities, no
external references).
"""

import csv
import io
import re
import xml.sax
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from defusedxml.sax import parseString
from django.db import transaction
from wagtail.models import Locale

from newsroom.articles.editions import edition_time_zone
from newsroom.schedule.models import Broadcast

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
CSV_COLUMNS = ["start", "end", "title", "description"]
_XMLTV_TIME = re.compile(r"^([0-9]{12}(?:[0-9]{2})?)(?:\s*([+-][0-9]{4}))?$")


@dataclass
class Row:
    line: int
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime | None


@dataclass
class ImportResult:
    imported: int = 0
    errors: list[str] = field(default_factory=list)


class BadFile(ValueError):
    """The file as a whole cannot be read (not CSV or XMLTV, too big, no header)."""


def local_time(text: str, zone: ZoneInfo) -> datetime:
    """A time written on the edition's clock, or with its own offset; a local time that
    does not exist (the hour the clocks skip) is refused, an ambiguous one (the hour they
    repeat) is the first of the two."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a time like 2026-03-29 01:30") from None
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    placed = moment.replace(tzinfo=zone, fold=0)
    if placed.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        raise ValueError(f"{text.strip()} does not exist in {zone.key} (the clocks go forward)")
    return placed.astimezone(UTC)


def _xmltv_time(text: str) -> datetime:
    """XMLTV's `YYYYMMDDhhmmss +hhmm` (seconds and offset optional; no offset is UTC)."""
    value = text.strip()
    match = _XMLTV_TIME.match(value)
    if match is None:
        raise ValueError(f"“{value}” is not an XMLTV time like 20260329013000 +0100")
    stamp, offset = match.groups()
    try:
        moment = datetime.strptime(stamp.ljust(14, "0"), "%Y%m%d%H%M%S")  # noqa: DTZ007
    except ValueError:
        raise ValueError(f"“{value}” is not a real date and time") from None
    zone = UTC
    if offset:
        minutes = int(offset[1:3]) * 60 + int(offset[3:5])
        zone = timezone(timedelta(minutes=minutes if offset[0] == "+" else -minutes))
    return moment.replace(tzinfo=zone).astimezone(UTC)


def read_csv(content: bytes, zone: ZoneInfo) -> tuple[list[Row], list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadFile("the file is not UTF-8 text") from None
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip().lower() for cell in next(reader, [])]
    if header[: len(CSV_COLUMNS)] != CSV_COLUMNS:
        raise BadFile("the first line must be the header start,end,title,description")
    rows, errors = [], []
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        cells = (cells + [""] * 4)[:4]
        start, end, title, description = (cell.strip() for cell in cells)
        try:
            if not title:
                raise ValueError("the title is empty")
            rows.append(
                Row(
                    line,
                    title,
                    description,
                    local_time(start, zone),
                    local_time(end, zone) if end else None,
                )
            )
        except ValueError as error:
            errors.append(f"line {line}: {error}")
    return rows, errors


class _XmltvHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.rows: list[Row] = []
        self.errors: list[str] = []
        self._programme: dict | None = None
        self._text: list[str] | None = None
        self.saw_tv = False
        self._locator: xml.sax.xmlreader.Locator | None = None
        self._field = ""

    def startElement(self, name, attrs):  # noqa: N802 - the SAX interface
        if name == "tv":
            self.saw_tv = True
        elif name == "programme":
            self._programme = {
                "line": self._locator.getLineNumber() if self._locator else 0,
                "start": attrs.get("start", ""),
                "stop": attrs.get("stop", ""),
                "title": "",
                "desc": "",
            }
        elif name in ("title", "desc") and self._programme is not None:
            # The first title and description win (XMLTV repeats them per language).
            self._text = [] if not self._programme[name] else None
            self._field = name

    def characters(self, content):
        if self._text is not None:
            self._text.append(content)

    def endElement(self, name):  # noqa: N802
        if name in ("title", "desc") and self._text is not None and self._programme is not None:
            self._programme[self._field] = "".join(self._text).strip()
            self._text = None
        elif name == "programme" and self._programme is not None:
            found, self._programme = self._programme, None
            try:
                if not found["title"]:
                    raise ValueError("the programme has no title")
                if not found["start"]:
                    raise ValueError("the programme has no start")
                stop = _xmltv_time(found["stop"]) if found["stop"] else None
                self.rows.append(
                    Row(
                        found["line"],
                        found["title"],
                        found["desc"],
                        _xmltv_time(found["start"]),
                        stop,
                    )
                )
            except ValueError as error:
                self.errors.append(f"line {found['line']}: {error}")


def read_xmltv(content: bytes) -> tuple[list[Row], list[str]]:
    handler = _XmltvHandler()
    try:
        parseString(content, handler, forbid_dtd=True)
    except xml.sax.SAXParseException as error:
        raise BadFile(f"line {error.getLineNumber()}: the file is not well-formed XML") from None
    except Exception as error:  # defusedxml's refusals (entities, DTDs) and their kin
        raise BadFile(f"the file was refused: {error.__class__.__name__}") from None
    if not handler.saw_tv:
        raise BadFile("the file is not XMLTV (no <tv> element)")
    return handler.rows, handler.errors


def _finish(rows: list[Row], errors: list[str]) -> list[Row]:
    """Fill empty ends from the next start; refuse programmes that end before they start."""
    rows = sorted(rows, key=lambda row: row.starts_at)
    kept = []
    for index, row in enumerate(rows):
        if row.ends_at is None:
            following = rows[index + 1] if index + 1 < len(rows) else None
            if following is None:
                errors.append(f"line {row.line}: no end time, and no programme after it")
                continue
            row.ends_at = following.starts_at
        if row.ends_at <= row.starts_at:
            errors.append(f"line {row.line}: the programme ends before it starts")
            continue
        if row.ends_at - row.starts_at > timedelta(days=1):
            errors.append(f"line {row.line}: the programme is longer than a day")
            continue
        kept.append(row)
    return kept


def import_schedule(content: bytes, file_format: str, language: str) -> ImportResult:
    """Read a CSV or XMLTV schedule into an edition; a programme with the same start as
    one already there replaces it."""
    if len(content) > MAX_BYTES:
        raise BadFile("the file is larger than 5 MB")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise BadFile(f"there is no {language} edition")
    if file_format == "csv":
        rows, errors = read_csv(content, edition_time_zone(language))
    elif file_format == "xmltv":
        rows, errors = read_xmltv(content)
    else:
        raise BadFile("the format must be csv or xmltv")
    if len(rows) > MAX_ROWS:
        raise BadFile(f"the file has more than {MAX_ROWS} programmes")
    rows = _finish(rows, errors)
    with transaction.atomic():
        for row in rows:
            Broadcast.objects.update_or_create(
                locale=locale,
                starts_at=row.starts_at,
                defaults={
                    "title": row.title[:255],
                    "description": row.description,
                    "ends_at": row.ends_at,
                },
            )
    errors.sort(key=lambda message: int(message.split(":")[0].removeprefix("line ") or 0))
    return ImportResult(imported=len(rows), errors=errors)
