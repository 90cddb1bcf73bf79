"""Where the site's own retrained abuse model lives, known without loading numpy (Django's
system checks ask in every management command, the importer's included)."""

from pathlib import Path

from django.conf import settings


def live_path() -> Path:
    return Path(settings.DATA_DIR) / "moderation" / "abuse-model.npz"
