"""The ASGI entry point runs each request's middleware and view as one synchronous
chain, in the one thread where the process runs Django's sync code (newsroom/asgi.py),
and still streams the live events from the event loop."""

import threading

import pytest
from asgiref.sync import async_to_sync
from asgiref.testing import ApplicationCommunicator
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from newsroom.articles.tests.factories import make_article
from newsroom.asgi import application

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    # As Django's test client does: the requests run in this test's thread (the one
    # sync thread), and must not close the connection holding the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _scope(path: str, headers=()) -> dict:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


def _answer(path: str, *, chunks: int = 1) -> tuple[dict, bytes]:
    async def run():
        communicator = ApplicationCommunicator(application, _scope(path))
        await communicator.send_input({"type": "http.request", "body": b""})
        start = await communicator.receive_output(timeout=10)
        body = b""
        for _ in range(chunks):
            body += (await communicator.receive_output(timeout=10)).get("body", b"")
        await communicator.send_input({"type": "http.disconnect"})
        await communicator.wait(timeout=10)
        return start, body

    return async_to_sync(run)()


def test_every_request_runs_in_the_same_sync_thread(editions):
    threads = []

    def remember(**kwargs):
        threads.append(threading.get_ident())

    request_started.connect(remember)
    try:
        for _ in range(3):
            start, body = _answer("/healthz")
            assert start["status"] == 200 and b'"ok"' in body
    finally:
        request_started.disconnect(remember)
    # Django's own handler would have made a new thread (and connection) per request.
    assert len(threads) == 3 and len(set(threads)) == 1


def test_a_page_built_by_django_comes_through_whole(editions):
    story = make_article(title="Through the one-hop chain")
    start, body = _answer(story.url)
    assert start["status"] == 200
    assert b"Through the one-hop chain" in body


def test_the_live_stream_still_streams(editions, monkeypatch):
    from newsroom.comments import views

    monkeypatch.setattr(views, "EVENT_STREAM_SECONDS", 0.5)
    story = make_article()
    start, body = _answer(f"/en/comments/{story.pk}/events/")
    headers = dict(start["headers"])
    assert start["status"] == 200, headers
    assert headers[b"Content-Type"] == b"text/event-stream"
    assert body.startswith(b"retry: 5000")
