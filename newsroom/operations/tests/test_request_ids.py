"""Every response carries a request id (a front proxy's own, when it sends a sane one),
and with LOG_FORMAT=json every log line is a JSON object carrying the id of the request
it was written in."""

import http.client
import json
import time
from pathlib import Path

import pytest

from newsroom.testing.servers import SiteProcess, wait_until_up

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_every_response_has_a_request_id_and_each_is_new(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 16 and first != second


@pytest.mark.django_db
def test_a_front_proxys_request_id_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="nginx-5f2b8c1d9e")
    assert response["X-Request-ID"] == "nginx-5f2b8c1d9e"


@pytest.mark.django_db
@pytest.mark.parametrize("sent", ["short", "has spaces in it", "x" * 65, 'quote"injected"id'])
def test_an_odd_request_id_is_replaced_by_our_own(client, sent):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=sent)
    assert response["X-Request-ID"] != sent and len(response["X-Request-ID"]) == 16


@pytest.mark.django_db
def test_a_page_from_the_cache_gets_an_id_of_its_own(client, editions):
    from newsroom.articles.tests.factories import make_article

    article = make_article()
    built = client.get(article.url)
    cached = client.get(article.url)
    assert cached["X-Page-Cache"] == "hit"
    assert cached["X-Request-ID"] != built["X-Request-ID"]


def _get(port: int, path: str, request_id: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"X-Request-ID": request_id})
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


def test_with_json_logs_every_line_is_json_with_the_request_id():
    site = SiteProcess(ROOT, "newsroom-json-logs-", LOG_FORMAT="json")
    site.env["LOG_LEVEL"] = "INFO"
    try:
        site.prepare()
        server = site.start("manage.py", "serve", "--port", str(site.port), "--workers", "1")
        wait_until_up(site.port, server, site.log)
        # A missing page is logged by Django ("Not Found: …") inside the request.
        missing = _get(site.port, "/en/no-such-story/", "test-request-0001")
        assert missing.status == 404
        assert missing.getheader("X-Request-ID") == "test-request-0001"
        # granian's answer from the page cache, before Django, gets an id too.
        assert _get(site.port, "/robots.txt", "test-request-0002").status == 200
        cached = _get(site.port, "/robots.txt", "test-request-0003")
        assert cached.getheader("X-Page-Cache") == "hit"
        assert cached.getheader("X-Request-ID") == "test-request-0003"
        deadline = time.monotonic() + 10
        while "no-such-story" not in Path(site.log.name).read_text():
            assert time.monotonic() < deadline, "the 404 was never logged"
            time.sleep(0.1)
        lines = [line for line in Path(site.log.name).read_text().splitlines() if line.strip()]
        records = [json.loads(line) for line in lines]  # fails on any line that is not JSON
        assert {"time", "level", "logger", "message", "request_id"} <= set(records[0])
        not_found = [r for r in records if "no-such-story" in r["message"]]
        assert not_found and all(r["request_id"] == "test-request-0001" for r in not_found)
        assert any(r["logger"] == "_granian" for r in records)  # granian's own lines too
    finally:
        site.stop()
