"""What every installation needs for the channel, made by `manage.py setup_video`: the
Shows, Where to watch and Live pages of every edition, and who may upload video."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Page

from newsroom.articles.editions import EDITORS, REPORTERS
from newsroom.articles.models import HomePage
from newsroom.video.models import LivePage, TVShowIndexPage, WhereToWatchPage

PAGES = {
    TVShowIndexPage: (
        "shows",
        {
            "en": "Shows",
            "ar": "البرامج",
            "es": "Programas",
            "ru": "Передачи",
            "de": "Sendungen",
            "fr": "Émissions",
            "sr": "Емисије",
        },
    ),  # fmt: skip
    WhereToWatchPage: (
        "where-to-watch",
        {
            "en": "Where to watch",
            "ar": "أين تشاهدنا",
            "es": "Dónde vernos",
            "ru": "Где смотреть",
            "de": "Wo Sie uns sehen",
            "fr": "Où nous regarder",
            "sr": "Где нас гледати",
        },
    ),  # fmt: skip
    LivePage: (
        "live",
        {
            "en": "Live",
            "ar": "مباشر",
            "es": "En directo",
            "ru": "Прямой эфир",
            "de": "Live",
            "fr": "En direct",
            "sr": "Уживо",
        },
    ),  # fmt: skip
}
_VIDEO_PERMISSIONS = {EDITORS: ["add", "change", "delete"], REPORTERS: ["add", "change"]}


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def ensure_channel_pages() -> None:
    """Each of the channel's pages under every edition's home that lacks it (safe to
    repeat): made in English, and in the other editions as its translations."""
    english_home = HomePage.objects.get(locale__language_code="en", depth=2)
    others = list(HomePage.objects.exclude(pk=english_home.pk).select_related("locale"))
    for model, (slug, titles) in PAGES.items():
        english = model.objects.child_of(english_home).first()
        if english is None:
            english = _publish(
                english_home.add_child(instance=model(title=titles["en"], slug=slug))
            )
        for home in others:
            if model.objects.child_of(home).exists():
                continue
            translated = english.copy_for_translation(home.locale)
            translated.title = titles.get(home.locale.language_code, titles["en"])
            _publish(translated)


def ensure_video_permissions() -> None:
    """Editors and reporters may upload video (editors may also delete it), like images."""
    for group_name, actions in _VIDEO_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="video", codename=f"{action}_video")
            )
