"""Live updates: events about an article's thread, delivered to readers on the page.

With REDIS_URL, events go through Redis pub/sub, so a comment posted to one web process
reaches readers connected to any other. On the embedded default there is no Redis; events
are rows in a small table that each listener polls once a second, which works across
the web processes of one machine as well.
"""

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from newsroom.comments.models import LiveEvent

POLL_SECONDS = 1.0
KEEPALIVE_SECONDS = 15.0
EVENT_LIFETIME = timedelta(minutes=10)

_redis_client = None


def _channel(article_id: int) -> str:
    return f"newsroom:comments:{article_id}"


def _redis():
    global _redis_client
    if _redis_client is None:
        import redis

        _redis_client = redis.Redis.from_url(settings.REDIS_URL)
    return _redis_client


def publish(article_id: int, event: dict) -> None:
    """Tell everyone watching this article; call after the change has committed."""
    if settings.REDIS_URL:
        _redis().publish(_channel(article_id), json.dumps(event))
        return
    row = LiveEvent.objects.create(article_id=article_id, payload=event)
    if row.pk % 200 == 0:  # now and then, forget events nobody can still be waiting for
        LiveEvent.objects.filter(created_at__lt=timezone.now() - EVENT_LIFETIME).delete()


def events(article_id: int, *, for_seconds: float) -> AsyncIterator[dict | None]:
    """Events for this article as they happen; None now and then as a keep-alive."""
    source = _redis_events if settings.REDIS_URL else _table_events
    return source(article_id, for_seconds)


async def _redis_events(article_id: int, for_seconds: float):
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(settings.REDIS_URL)
    pubsub = client.pubsub()
    await pubsub.subscribe(_channel(article_id))
    deadline = time.monotonic() + for_seconds
    try:
        while time.monotonic() < deadline:
            message = await pubsub.get_message(
                ignore_subscribe_messages=True, timeout=KEEPALIVE_SECONDS
            )
            yield json.loads(message["data"]) if message else None
    finally:
        await pubsub.aclose()
        await client.aclose()


async def _table_events(article_id: int, for_seconds: float):
    last = await LiveEvent.objects.filter(article_id=article_id).order_by("-id").afirst()
    last_id = last.pk if last else 0
    deadline = time.monotonic() + for_seconds
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        await asyncio.sleep(POLL_SECONDS)
        found = [
            row
            async for row in LiveEvent.objects.filter(
                article_id=article_id, id__gt=last_id
            ).order_by("id")
        ]
        for row in found:
            last_id = row.pk
            yield row.payload
        if found:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= KEEPALIVE_SECONDS:
            quiet_since = time.monotonic()
            yield None
