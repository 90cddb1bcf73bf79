"""Small factories for the schedule: programmes saved through the model."""

from datetime import datetime, timedelta

from wagtail.models import Locale

from newsroom.schedule.models import Broadcast


def make_broadcast(
    title: str, starts_at: datetime, minutes: int = 30, language: str = "en", **fields
) -> Broadcast:
    return Broadcast.objects.create(
        locale=Locale.objects.get(language_code=language),
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        **fields,
    )
