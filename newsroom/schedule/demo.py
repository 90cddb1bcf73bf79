"""The demo schedule: a day's running order repeated from yesterday to a week ahead, on
each edition's own clock."""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from newsroom.articles.editions import edition_time_zone
from newsroom.schedule.models import Broadcast
from newsroom.schedule.setup import ensure_schedule_pages, ensure_schedule_permissions
from newsroom.video.models import TVShowPage

# (local start, minutes, title): a news channel's day, on the hour and the half hour.
RUNNING_ORDER = [
    (time(hour), 30, "News") for hour in range(24)
] + [
    (time(hour, 30), 30, title)
    for hour, title in [(6, "Business Today"), (7, "Sport"), (8, "The Interview"), (12, "Business Today"),
                        (13, "Worlds Apart"), (17, "Sport"), (18, "Business Today"), (19, "The World This Week"),
                        (20, "Documentary"), (22, "The Interview")]
] + [
    (time(hour, 30), 30, "Headlines") for hour in (0, 1, 2, 3, 4, 5, 9, 10, 11, 14, 15, 16, 21, 23)
]  # fmt: skip


@transaction.atomic
def load_demo_schedule() -> str:
    ensure_schedule_pages()
    ensure_schedule_permissions()
    if Broadcast.objects.exists():
        return "A schedule exists already; left as it is."
    show = TVShowPage.objects.filter(slug="the-world-this-week").first()
    rows = []
    for locale in Locale.objects.all():
        zone = edition_time_zone(locale.language_code)
        today = timezone.now().astimezone(zone).date()
        for offset in range(-1, 7):
            day = today + timedelta(days=offset)
            for start, minutes, title in RUNNING_ORDER:
                starts = datetime.combine(day, start, tzinfo=zone)
                rows.append(
                    Broadcast(
                        locale=locale,
                        title=title,
                        starts_at=starts,
                        ends_at=starts + timedelta(minutes=minutes),
                        show=show
                        if title == "The World This Week" and locale.language_code == "en"
                        else None,
                    )
                )
    Broadcast.objects.bulk_create(rows, ignore_conflicts=True)
    return f"Demo schedule built: {len(rows)} programmes over 8 days in every edition."
