"""Session stores that read a session in one plain statement.

Every signed-in request reads its session first. Django's database store asks the ORM,
whose query is compiled anew each time (about as long as SQLite takes to answer it);
this asks the same row in plain SQL. Writing, expiry and rotation stay Django's.
"""

from datetime import UTC, datetime

from django.contrib.sessions.backends import cached_db, db
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime


class _PlainRead:
    session_key: str | None

    def _get_session_from_db(self):
        if not self.session_key:
            self._session_key = None
            return None
        model = self.model  # type: ignore[attr-defined]
        sql = (
            f"SELECT session_data, expire_date FROM {model._meta.db_table}"  # noqa: S608
            " WHERE session_key = %s AND expire_date > %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, now])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None  # as Django's store does: a new key when saved
            return None
        data, expires = row
        if not isinstance(expires, datetime):  # SQLite answers text
            expires = parse_datetime(expires)
        if timezone.is_naive(expires):
            expires = expires.replace(tzinfo=UTC)
        return model(session_key=self.session_key, session_data=data, expire_date=expires)


class SessionStore(_PlainRead, db.SessionStore):
    """Sessions in the database (the embedded default)."""


class CachedSessionStore(_PlainRead, cached_db.SessionStore):
    """Sessions in the cache, written through to the database (with Redis)."""
