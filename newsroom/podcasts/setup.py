"""What every installation needs for podcasts, made by `manage.py setup_podcasts`."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from newsroom.articles.editions import EDITORS, REPORTERS
from newsroom.articles.models import HomePage
from newsroom.podcasts.models import PodcastIndexPage

INDEX_SLUG = "podcasts"
INDEX_TITLES = {"en": "Podcasts", "ar": "بودكاست", "es": "Pódcasts", "ru": "Подкасты", "de": "Podcasts", "fr": "Podcasts", "sr": "Подкасти"}  # fmt: skip
_AUDIO_PERMISSIONS = {EDITORS: ["add", "change", "delete"], REPORTERS: ["add", "change"]}


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def ensure_podcast_pages() -> None:
    """A podcasts page under every edition's home that has none (safe to repeat): made in
    English, and in the other editions as its translations, like the sections."""
    english_home = HomePage.objects.get(locale__language_code="en", depth=2)
    english = PodcastIndexPage.objects.child_of(english_home).first()
    if english is None:
        english = PodcastIndexPage(title=INDEX_TITLES["en"], slug=INDEX_SLUG)
        english_home.add_child(instance=english)
        english = _publish(english)
    for home in HomePage.objects.exclude(pk=english_home.pk).select_related("locale"):
        if PodcastIndexPage.objects.child_of(home).exists():
            continue
        translated = english.copy_for_translation(home.locale)
        translated.title = INDEX_TITLES.get(home.locale.language_code, INDEX_TITLES["en"])
        _publish(translated)


def ensure_audio_permissions() -> None:
    """Editors and reporters may upload audio (editors may also delete it), like images."""
    for group_name, actions in _AUDIO_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="podcasts", codename=f"{action}_audiofile"
                )
            )
