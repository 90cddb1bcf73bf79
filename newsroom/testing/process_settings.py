"""Settings for the extra processes a test starts (workers, a second web process): the
real settings, pointed at the test run's own database (SQLite file or PostgreSQL test
database) through NEWSROOM_TEST_DATABASE."""

import os

from newsroom.settings import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["NEWSROOM_TEST_DATABASE"]  # noqa: F405
# Pages rendered there use the source static files, as in the test process (no manifest).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
