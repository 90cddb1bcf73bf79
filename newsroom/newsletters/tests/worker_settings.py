"""Settings for the worker processes the tests start: the real settings, pointed at the
test run's own database (SQLite file or PostgreSQL test database)."""

import os

from newsroom.settings import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["NEWSROOM_TEST_DATABASE"]  # noqa: F405
