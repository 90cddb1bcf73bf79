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
    return hits((rate, key))[0]


def hits(*checks: tuple[Rate, str]) -> list[bool]:
    """Count one hit for each (rate, key) at once — one statement on the embedded
    default, one round trip to Redis — and say for each whether it is within its limit."""
    buckets = {_bucket(rate, key): rate.seconds for rate, key in checks if rate.limit > 0}
    counts = _count(buckets) if buckets else {}
    return [rate.limit <= 0 or counts[_bucket(rate, key)] <= rate.limit for rate, key in checks]


def _bucket(rate: Rate, key: str) -> str:
    return hashlib.sha256(f"{rate.scope}\x00{key}".encode()).hexdigest()


def _count(buckets: dict[str, int]) -> dict[str, int]:
    """Each bucket's count after this hit; `buckets` maps each to its window's seconds."""
    if settings.REDIS_URL:
        return _count_in_redis(buckets)
    return _count_in_table(buckets)


def _count_in_redis(buckets: dict[str, int]) -> dict[str, int]:
    backend = caches[SHARED_CACHE]
    keys = {bucket: backend.make_and_validate_key(f"rate:{bucket}") for bucket in buckets}
    # The redis-py client of Django's RedisCache: INCR and SET NX EX in one MULTI are
    # more than the cache API offers.
    client = backend._cache.get_client(write=True)  # type: ignore[attr-defined]
    with client.pipeline(transaction=True) as pipe:
        for bucket, seconds in buckets.items():
            pipe.set(keys[bucket], 0, ex=seconds, nx=True)
            pipe.incr(keys[bucket])
        replies = pipe.execute()
    return {bucket: int(count) for bucket, count in zip(buckets, replies[1::2], strict=True)}


# SQLite (3.35 and later) and PostgreSQL both read this the same way. In the UPDATE
# branch every expression sees the row as it was, so an expired window restarts at one.
_UPSERT = """INSERT INTO core_ratecounter (bucket, count, expires_at) VALUES {rows}
ON CONFLICT (bucket) DO UPDATE SET
    count = CASE WHEN core_ratecounter.expires_at <= %s THEN 1
                 ELSE core_ratecounter.count + 1 END,
    expires_at = CASE WHEN core_ratecounter.expires_at <= %s THEN excluded.expires_at
                      ELSE core_ratecounter.expires_at END
RETURNING bucket, count
"""
_PRUNE = "DELETE FROM core_ratecounter WHERE expires_at <= %s"


def _count_in_table(buckets: dict[str, int]) -> dict[str, int]:
    now = time.time()
    rows = ", ".join(["(%s, 1, %s)"] * len(buckets))
    params: list[str | float] = []
    for bucket, seconds in buckets.items():
        params += [bucket, now + seconds]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_UPSERT.format(rows=rows), [*params, now, now])
        counts = {bucket: int(count) for bucket, count in cursor.fetchall()}
        if 1 in counts.values():
            # A window began: a cheap moment to drop the ones that ended (indexed).
            cursor.execute(_PRUNE, [now])
    return counts
