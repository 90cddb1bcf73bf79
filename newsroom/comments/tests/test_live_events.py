"""Live updates: GET /<lang>/comments/<article>/events/ streams what happens in a thread.

On the embedded default events travel through a polled table; in the scaled suite
through Redis pub/sub, published here from a separate process, as another web worker
would.
"""

import asyncio
import os
import subprocess
import sys
import threading
import time

import pytest
from django.conf import settings
from django.test import AsyncClient

from newsroom.articles.tests.factories import make_article
from newsroom.comments import live, views
from newsroom.comments.actions import do_vote
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db(transaction=True)


def _publish_elsewhere(article_id: int, comment_id: int) -> None:
    """Publish as another web process would (scaled) or another thread (embedded)."""
    time.sleep(1.2)
    if settings.REDIS_URL:
        event = {"type": "comment", "id": comment_id, "parent": None, "author": None}
        code = f"from newsroom.comments import live; live.publish({article_id}, {event!r})"
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings"},
            check=True,
        )
    else:
        live.publish(
            article_id, {"type": "comment", "id": comment_id, "parent": None, "author": None}
        )


def _run(coroutine):
    """Run a coroutine to the end in a thread of its own: the session's Playwright keeps
    an event loop running in the main thread, where asyncio.run() is refused."""
    outcome = {}

    def target():
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


async def _collect(article_id: int, seconds: float) -> list:
    found = []
    async for event in live.events(article_id, for_seconds=seconds):
        if event is not None:
            found.append(event)
    return found


def test_a_new_comment_reaches_a_listener_without_reload(editions):
    article = make_article()
    publisher = threading.Thread(target=_publish_elsewhere, args=(article.pk, 4242))
    publisher.start()
    found = _run(_collect(article.pk, 4.0))
    publisher.join()
    assert {"type": "comment", "id": 4242, "parent": None, "author": None} in found


def test_posting_and_voting_publish_events_after_commit(editions, reader, other_reader):
    article = make_article()

    def act():
        time.sleep(1.2)
        comment = make_comment(article, other_reader, "fresh")
        do_vote(comment=comment, voter=reader, value=1)

    worker = threading.Thread(target=act)
    worker.start()
    found = _run(_collect(article.pk, 4.0))
    worker.join()
    kinds = [(event["type"], event.get("score")) for event in found]
    assert ("comment", None) in kinds and ("score", 1) in kinds
    # Nobody watching a thread needs to learn which account wrote what.
    assert all(set(event) <= {"type", "id", "parent", "score"} for event in found)


def test_the_stream_speaks_server_sent_events(editions, monkeypatch):
    article = make_article()
    monkeypatch.setattr(views, "EVENT_STREAM_SECONDS", 3.0)
    publisher = threading.Thread(target=_publish_elsewhere, args=(article.pk, 7))
    publisher.start()

    async def read():
        response = await AsyncClient().get(f"/en/comments/{article.pk}/events/")
        chunks = [chunk async for chunk in response.streaming_content]
        return response, b"".join(chunks).decode()

    response, body = _run(read())
    publisher.join()
    assert response["Content-Type"] == "text/event-stream"
    assert body.startswith("retry: 5000\n\n")
    assert 'event: comment\ndata: {"type": "comment", "id": 7' in body


def test_no_stream_for_an_article_that_does_not_exist(editions):
    async def read():
        return await AsyncClient().get("/en/comments/999999/events/")

    assert _run(read()).status_code == 404


def test_the_page_carries_what_the_live_script_needs(client, editions):
    article = make_article()
    html = client.get(article.url).content.decode()
    assert f'data-events-url="/en/comments/{article.pk}/events/"' in html
    assert 'class="new-comments" hidden' in html


@pytest.mark.parametrize("article_id", ["0", "9223372036854775808", "99999999999999999999"])
def test_odd_ids_get_no_stream_and_no_server_error(editions, article_id):
    async def read():
        return await AsyncClient().get(f"/en/comments/{article_id}/events/")

    assert _run(read()).status_code == 404
