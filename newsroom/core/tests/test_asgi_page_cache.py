"""The ASGI front door answers cached pages for anonymous readers without Django."""

import pytest
from asgiref.sync import async_to_sync
from asgiref.testing import ApplicationCommunicator

from newsroom.articles.tests.factories import make_article
from newsroom.asgi import application
from newsroom.core.page_cache import lookup_for_scope as lookup_async

pytestmark = pytest.mark.django_db


def _scope(path: str, headers=(), method="GET", query_string=b"") -> dict:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query_string,
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


def lookup_for_scope(scope):
    return async_to_sync(lookup_async)(scope)


def _call(scope) -> tuple[dict, dict]:
    async def run():
        communicator = ApplicationCommunicator(application, scope)
        await communicator.send_input({"type": "http.request", "body": b""})
        start = await communicator.receive_output(timeout=5)
        body = await communicator.receive_output(timeout=5)
        return start, body

    return async_to_sync(run)()


def test_a_page_stored_by_django_is_answered_at_the_front_door(client, editions):
    story = make_article(title="Fast path story")
    stored = client.get(story.url)
    start, body = _call(_scope(story.url))
    assert start["status"] == 200
    assert (b"x-page-cache", b"hit") in start["headers"]
    assert body["body"] == stored.content


def test_the_query_string_is_part_of_the_address(client, editions):
    client.get("/en/world-news/")
    assert lookup_for_scope(_scope("/en/world-news/")) is not None
    assert lookup_for_scope(_scope("/en/world-news/", query_string=b"page=2")) is None


@pytest.mark.parametrize(
    "headers",
    [
        [(b"cookie", b"sessionid=abc")],
        [(b"cookie", b"messages=xyz")],
        [(b"authorization", b"Basic eDp5")],
    ],
)
def test_readers_with_a_session_always_reach_django(client, editions, headers):
    story = make_article()
    client.get(story.url)
    assert lookup_for_scope(_scope(story.url, headers=headers)) is None


def test_only_get_is_answered_from_the_cache(client, editions):
    story = make_article()
    client.get(story.url)
    assert lookup_for_scope(_scope(story.url, method="POST")) is None
    assert lookup_for_scope(_scope(story.url, method="HEAD")) is None


def test_an_unknown_host_is_never_answered_from_the_cache(client, editions):
    story = make_article()
    client.get(story.url)
    scope = _scope(story.url)
    scope["headers"] = [(b"host", b"evil.example")]
    assert lookup_for_scope(scope) is None
