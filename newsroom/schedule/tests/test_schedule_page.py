"""The schedule page of an edition: on now and next, day by day on the edition's clock
(across a daylight-saving change too), and the header's channel bar."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from newsroom.schedule.models import SchedulePage
from newsroom.schedule.setup import ensure_schedule_pages
from newsroom.schedule.tests.factories import make_broadcast

pytestmark = pytest.mark.django_db


@pytest.fixture
def schedule(editions, settings):
    settings.EDITION_TIME_ZONES = {"en": "Europe/London", "ru": "Europe/Moscow"}
    ensure_schedule_pages()
    return SchedulePage.objects.get(locale__language_code="en")


def _utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_day_is_the_editions_local_day_across_the_clocks_going_forward(client, schedule):
    # London, 29 March 2026: 01:00 GMT becomes 02:00 BST, so the day has 23 hours.
    make_broadcast("Late news (the day before)", _utc(2026, 3, 28, 23, 30))
    make_broadcast("Night bulletin", _utc(2026, 3, 29, 0, 30))
    make_broadcast("First after the change", _utc(2026, 3, 29, 1, 30))
    make_broadcast("Last of the day", _utc(2026, 3, 29, 22, 30))
    make_broadcast("Already the next day", _utc(2026, 3, 29, 23, 15))

    html = client.get(schedule.url + "2026-03-29/").content.decode()

    assert "Late news" not in html and "Already the next day" not in html
    listed = [
        html.index(title)
        for title in ("Night bulletin", "First after the change", "Last of the day")
    ]
    assert listed == sorted(listed)
    assert ">00:30</time>" in html  # GMT
    assert ">02:30</time>" in html  # 01:30 UTC is 02:30 BST
    assert ">23:30</time>" in html  # 22:30 UTC is 23:30 BST, still the 29th
    assert "Times are in Europe/London." in html


def test_a_day_has_25_hours_when_the_clocks_go_back(client, schedule):
    # 25 October 2026: 02:00 BST becomes 01:00 GMT; the local day runs 23:00 UTC
    # (the 24th) to 00:00 UTC (the 26th).
    make_broadcast("Before midnight BST", _utc(2026, 10, 24, 23, 0))
    make_broadcast("First 01:30", _utc(2026, 10, 25, 0, 30))
    make_broadcast("Second 01:30", _utc(2026, 10, 25, 1, 30))
    make_broadcast("Half past eleven GMT", _utc(2026, 10, 25, 23, 30))

    html = client.get(schedule.url + "2026-10-25/").content.decode()

    for title in ("Before midnight BST", "First 01:30", "Second 01:30", "Half past eleven GMT"):
        assert title in html
    assert html.count(">01:30</time>") == 2


def test_it_says_what_is_on_now_and_next(client, schedule):
    now = timezone.now()
    make_broadcast("Earlier programme", now - timedelta(hours=2), minutes=60)
    make_broadcast("The World Tonight", now - timedelta(minutes=10), minutes=30)
    following = make_broadcast("Business Hour", now + timedelta(minutes=20), minutes=60)
    make_broadcast("Arabic only", now - timedelta(minutes=5), language="ar")

    html = client.get(schedule.url).content.decode()

    assert "The World Tonight" in html and "Business Hour" in html
    on_now = html[html.index("On now</dt>") :][:200]
    assert "The World Tonight" in on_now
    local = following.starts_at.astimezone(following.zone()).strftime("%H:%M")
    assert f">{local}</time> Business Hour" in html
    assert "Arabic only" not in html


def test_the_header_shows_on_now_and_next_and_the_channel_pages(client, schedule):
    now = timezone.now()
    make_broadcast("The World Tonight", now - timedelta(minutes=10), minutes=30)
    make_broadcast("Business Hour", now + timedelta(minutes=20), minutes=60)

    html = client.get("/en/").content.decode()

    bar = html[html.index('class="channel-bar"') :][:1500]
    assert "On now" in bar and "The World Tonight" in bar
    assert "Next" in bar and "Business Hour" in bar
    assert f'href="{schedule.url}"' in bar


def test_the_cached_schedule_page_does_not_outlive_the_programme_on_now(schedule):
    now = timezone.now()
    make_broadcast("Ends soon", now - timedelta(minutes=29), minutes=30)
    assert schedule.shared_cache_seconds() <= 60


def test_unknown_days_are_not_found(client, schedule):
    for path in ("2026-02-30/", "yesterday/", "2026-3-1/"):
        assert client.get(schedule.url + path).status_code == 404


def test_the_schedule_page_speaks_the_editions_language(client, schedule):
    russian = SchedulePage.objects.get(locale__language_code="ru")
    html = client.get(russian.url).content.decode()
    assert "Europe/Moscow" in html
    assert "Сейчас в эфире" in html
