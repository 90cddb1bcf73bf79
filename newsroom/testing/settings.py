"""Test settings: the real settings plus the test-only speed-ups, all in one place."""

from newsroom.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# No collectstatic before tests: serve source static files without a manifest.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The proof of work and honeypot (core/humans.py) are off for the suite's many signups and
# posts; the tests of the checks themselves turn them on.
HUMAN_CHECKS = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns when it is missing
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's shared in-memory test database: that one locks whole tables
    # and ignores the busy timeout, so concurrent writers would fail in tests as they
    # never do on the real file (WAL, IMMEDIATE transactions).
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-newsroom.sqlite3")}  # noqa: F405
