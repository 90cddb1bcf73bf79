"""The embedded default's SQLite is set up for concurrent use."""

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="only the embedded default runs on SQLite",
)


def test_a_connection_uses_wal_a_busy_timeout_and_immediate_transactions(
    tmp_path, django_db_blocker
):
    configured = settings.DATABASES["default"]
    wrapper = DatabaseWrapper(
        {**configured, "NAME": str(tmp_path / "check.sqlite3"), "TEST": {}}, alias="check"
    )
    try:
        with django_db_blocker.unblock(), wrapper.cursor() as cursor:
            assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
            assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert wrapper.transaction_mode == "IMMEDIATE"
    finally:
        wrapper.close()
