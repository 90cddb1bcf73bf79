"""manage.py compiletranslations: .po catalogues to .mo, in pure Python.

Django's compilemessages needs GNU gettext installed; this needs only polib (a pinned
dependency), so `make run` works on a machine with nothing but Python.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Compile every .po file under LOCALE_PATHS and our apps' locale/ folders into its"
        " .mo file. Safe to run twice."
    )

    def handle(self, *args, **options):
        compiled = 0
        # Apps may keep their own catalogue (newsroom/<app>/locale), which Django finds
        # by itself once compiled; only our own apps, never installed packages.
        own_apps = [Path(config.path) / "locale" for config in apps.get_app_configs()]
        base = (Path(settings.BASE_DIR) / "newsroom").resolve()
        app_locales = [p for p in own_apps if p.is_dir() and base in p.resolve().parents]
        for locale_path in [*settings.LOCALE_PATHS, *app_locales]:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"Compiled {compiled} translation catalogue(s).")
