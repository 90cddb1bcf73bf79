"""The order of our apps in INSTALLED_APPS changes nothing a reader sees: no template,
static file or translation is provided by two of them, and reversing them changes no page."""

from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings

from newsroom.core.tests.pages_for_hooks import make_hooked_content, render_pages_in_a_process


def _our_apps():
    return [config for config in apps.get_app_configs() if config.name.startswith("newsroom.")]


def _provided(folder: str) -> dict[str, list[Path]]:
    """Each file name under `<app>/<folder>/` of our apps, with the files that provide it."""
    found: dict[str, list[Path]] = {}
    for config in _our_apps():
        root = Path(config.path) / folder
        for path in root.rglob("*"):
            if path.is_file():
                found.setdefault(path.relative_to(root).as_posix(), []).append(path)
    return found


def test_no_template_or_static_file_is_provided_by_two_of_our_apps():
    # A name that two apps provide is won by whichever comes first in INSTALLED_APPS.
    for folder in ("templates", "static"):
        twice = {name: paths for name, paths in _provided(folder).items() if len(paths) > 1}
        assert twice == {}, folder


def test_no_two_app_catalogues_translate_a_string_differently_unless_the_project_decides():
    # Django merges the apps' catalogues in INSTALLED_APPS order, the first winning; the
    # project catalogue (LOCALE_PATHS) wins over them all.
    decided = set()
    for path in Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"):
        language = path.parts[-3]
        decided |= {(language, e.msgctxt, e.msgid) for e in polib.pofile(path) if e.msgstr}
    translations: dict[tuple, set[str]] = {}
    for config in _our_apps():
        for path in (Path(config.path) / "locale").glob("*/LC_MESSAGES/django.po"):
            language = path.parts[-3]
            for entry in polib.pofile(path):
                key = (language, entry.msgctxt, entry.msgid)
                if entry.msgstr and key not in decided:
                    translations.setdefault(key, set()).add(entry.msgstr)

    assert {key: found for key, found in translations.items() if len(found) > 1} == {}


@pytest.mark.django_db(transaction=True)  # the other processes read the content
def test_reversing_the_order_of_our_apps_changes_no_page(editions, reader):
    paths = make_hooked_content(reader)

    as_installed = render_pages_in_a_process(paths, reader, "installed")
    reversed_apps = render_pages_in_a_process(paths, reader, "reversed")

    assert 'class="latest-episode' in as_installed["front"]  # the hooks are filled
    assert reversed_apps == as_installed
