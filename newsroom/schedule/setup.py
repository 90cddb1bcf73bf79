"""What every installation needs for the schedule, made by `manage.py setup_schedule`."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from newsroom.articles.editions import EDITORS
from newsroom.articles.models import HomePage
from newsroom.schedule.models import SchedulePage

SLUG = "schedule"
TITLES = {"en": "Schedule", "ar": "جدول البث", "es": "Programación", "ru": "Программа передач", "de": "Programm", "fr": "Programme", "sr": "Програм"}  # fmt: skip


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def ensure_schedule_pages() -> None:
    """A schedule page under every edition's home that has none (safe to repeat)."""
    english_home = HomePage.objects.get(locale__language_code="en", depth=2)
    english = SchedulePage.objects.child_of(english_home).first()
    if english is None:
        english = _publish(
            english_home.add_child(instance=SchedulePage(title=TITLES["en"], slug=SLUG))
        )
    for home in HomePage.objects.exclude(pk=english_home.pk).select_related("locale"):
        if SchedulePage.objects.child_of(home).exists():
            continue
        translated = english.copy_for_translation(home.locale)
        translated.title = TITLES.get(home.locale.language_code, TITLES["en"])
        _publish(translated)


def ensure_schedule_permissions() -> None:
    """Editors fill in the schedule: add, change and delete programmes."""
    group = Group.objects.filter(name=EDITORS).first()
    if group is None:
        return
    for action in ("add", "change", "delete"):
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="schedule", codename=f"{action}_broadcast"
            )
        )
