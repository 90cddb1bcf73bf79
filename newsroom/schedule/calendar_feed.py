"""An edition's schedule as an iCalendar feed (RFC 5545), written here: one VEVENT a
broadcast, times in UTC, text escaped and lines folded as the standard says."""

from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings

from newsroom.articles.editions import edition_time_zone
from newsroom.schedule.models import Broadcast

PRODUCT = "-//Newsroom//Broadcast schedule//EN"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )  # fmt: skip


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (never splitting a character)."""
    out: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def schedule_calendar(page, broadcasts: Iterable[Broadcast], now: datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(settings.WAGTAIL_SITE_NAME + ' — ' + page.title)}",
        f"X-WR-TIMEZONE:{edition_time_zone(page.locale.language_code)}",
    ]
    stamp = _utc(now)
    for broadcast in broadcasts:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{broadcast.uid()}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(broadcast.starts_at)}",
            f"DTEND:{_utc(broadcast.ends_at)}",
            f"SUMMARY:{_escape(broadcast.title)}",
        ]
        if broadcast.description:
            lines.append(f"DESCRIPTION:{_escape(broadcast.description)}")
        if broadcast.show_id and broadcast.show and broadcast.show.live:
            lines.append(f"URL:{broadcast.show.get_full_url()}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
