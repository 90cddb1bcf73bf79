"""One rate limiter for the site: how many times something may happen per key in a
window, counted in a store that every web process shares.

With REDIS_URL the counts live in Redis (one atomic MULTI of SET NX EX and INCR). On
the embedded default they live in a small table (`core_ratecounter`) that every process
on the machine reaches, one atomic UPSERT per hit; the local-memory cache would give
each web process a count of its own, multiplying every limit by the number of workers.

A window begins at a key's first hit and lasts `seconds`; the count starts again after
it. A count that is lost (Redis evicts it under memory pressure) starts again from one:
a limit can only ever be forgotten towards letting someone through once more, never
towards refusing everyone.
"""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.utils.connection import ConnectionProxy

# The cache alias whose store every process shares (Redis, or a database table on the
# embedded default). allauth's sign-in throttles use it (accounts/apps.py).
SHARED_CACHE = "shared"
shared_cache = ConnectionProxy(caches, SHARED_CACHE)


@dataclass(frozen=True)
class Rate:
    """At most `limit` hits per key in `seconds`; a limit of 0 or less is no limit."""

    scope: str
    limit: int
    seconds: int


def hit(rate: Rate, key: str) -> bool:
    """Count one hit of `key` under `rate`; True while it is within the limit."""
    if rate.limit <= 0:
        return True
    bucket = hashlib.sha256(f"{rate.scope}\x00{key}".encode()).hexdigest()
    return _count(bucket, rate.seconds) <= rate.limit


def _count(bucket: str, seconds: int) -> int:
    if settings.REDIS_URL:
        return _count_in_redis(bucket, seconds)
    return _count_in_table(bucket, seconds)


def _count_in_redis(bucket: str, seconds: int) -> int:
    backend = caches[SHARED_CACHE]
    key = backend.make_and_validate_key(f"rate:{bucket}")
    client = backend._cache.get_client(key, write=True)  # type: ignore[attr-defined] # RedisCache only
    with client.pipeline(transaction=True) as pipe:
        pipe.set(key, 0, ex=seconds, nx=True)
        pipe.incr(key)
        _created, count = pipe.execute()
    return int(count)


# SQLite (3.35 and later) and PostgreSQL both read this the same way. In the UPDATE
# branch every expression sees the row as it was, so an expired window restarts at one.
_UPSERT = """
INSERT INTO core_ratecounter (bucket, count, expires_at) VALUES (%s, 1, %s)
ON CONFLICT (bucket) DO UPDATE SET
    count = CASE WHEN core_ratecounter.expires_at <= %s THEN 1
                 ELSE core_ratecounter.count + 1 END,
    expires_at = CASE WHEN core_ratecounter.expires_at <= %s THEN excluded.expires_at
                      ELSE core_ratecounter.expires_at END
RETURNING count
"""
_PRUNE = "DELETE FROM core_ratecounter WHERE expires_at <= %s"


def _count_in_table(bucket: str, seconds: int) -> int:
    now = time.time()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_UPSERT, [bucket, now + seconds, now, now])
        (count,) = cursor.fetchone()
        if count == 1:
            # A window began: a cheap moment to drop the ones that ended (indexed).
            cursor.execute(_PRUNE, [now])
    return int(count)
