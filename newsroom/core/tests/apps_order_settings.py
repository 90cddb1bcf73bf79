"""Settings for the process that renders pages with our apps in another order: the test
settings, pointed at the test run's database, with INSTALLED_APPS as NEWSROOM_APPS_ORDER says."""

import os

from newsroom.testing.settings import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["NEWSROOM_TEST_DATABASE"]  # noqa: F405
_OURS = [name for name in INSTALLED_APPS if name.startswith("newsroom.")]  # noqa: F405
_OTHERS = [name for name in INSTALLED_APPS if not name.startswith("newsroom.")]  # noqa: F405
if os.environ["NEWSROOM_APPS_ORDER"] == "reversed":
    INSTALLED_APPS = _OURS[::-1] + _OTHERS
