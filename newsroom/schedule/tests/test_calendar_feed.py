"""The iCalendar feed of an edition's schedule, read back with the icalendar package."""

from datetime import timedelta

import icalendar
import pytest
from django.utils import timezone

from newsroom.schedule.models import SchedulePage
from newsroom.schedule.setup import ensure_schedule_pages
from newsroom.schedule.tests.factories import make_broadcast

pytestmark = pytest.mark.django_db


def test_the_feed_lists_the_coming_programmes_as_events(client, editions, settings):
    ensure_schedule_pages()
    page = SchedulePage.objects.get(locale__language_code="en")
    start = timezone.now().replace(microsecond=0) + timedelta(hours=1)
    long_description = "Markets, trade; and the week ahead, with guests. " * 6
    soon = make_broadcast("Business, Hour; live", start, description=long_description)
    make_broadcast("Long ago", start - timedelta(days=30))
    make_broadcast("Far ahead", start + timedelta(days=40))
    make_broadcast("Other edition", start, language="de")

    response = client.get(page.calendar_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded as RFC 5545 says
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Business, Hour; live"]
    event = events[0]
    assert event.decoded("DTSTART") == soon.starts_at
    assert event.decoded("DTEND") == soon.ends_at
    assert str(event["DESCRIPTION"]) == long_description
    assert str(event["UID"]) == soon.uid()


def test_the_schedule_page_announces_its_feed(client, editions):
    ensure_schedule_pages()
    page = SchedulePage.objects.get(locale__language_code="en")
    html = client.get(page.url).content.decode()
    link = f'type="text/calendar" title="{page.title}" href="{page.calendar_url()}"'
    assert f'<link rel="alternate" {link}>' in html
