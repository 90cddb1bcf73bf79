"""The embedded default's SQLite is set up for concurrent use."""

from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper


def test_a_connection_uses_wal_a_busy_timeout_and_immediate_transactions(
    tmp_path, django_db_blocker
):
    # Built from the embedded default's options whichever database this run uses.
    wrapper = DatabaseWrapper(
        {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(tmp_path / "check.sqlite3"),
            "OPTIONS": settings.SQLITE_OPTIONS,
            "TEST": {},
            "TIME_ZONE": None,
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
        },
        alias="check",
    )
    try:
        with django_db_blocker.unblock(), wrapper.cursor() as cursor:
            assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
            assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert wrapper.transaction_mode == "IMMEDIATE"
    finally:
        wrapper.close()
