"""/metrics: who may read it, and what it counts — requests by view and status, the
page cache, comments by edition and outcome, screening time per check, the queues."""

import ipaddress

import pytest
from django_tasks_db.models import DBTaskResult

from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.tasks import notify_reply
from newsroom.moderation.tests.factories import held_comment, listed, make_comment
from newsroom.moderation.tests.factories import report as report_comment
from newsroom.newsletters.actions import do_start_sending
from newsroom.newsletters.sending import send_digest
from newsroom.newsletters.tests.factories import make_digest, make_subscriber, make_subscribers
from newsroom.operations.tests.conftest import scrape, value

pytestmark = pytest.mark.django_db

OUTSIDE = "203.0.113.50"


def test_it_answers_loopback_by_default(client):
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")


def test_it_refuses_an_address_outside_the_allowed_networks(client):
    response = client.get("/metrics", REMOTE_ADDR=OUTSIDE)
    assert response.status_code == 403
    assert b"METRICS_TOKEN" in response.content
    assert b"newsroom_" not in response.content


def test_it_answers_the_token_from_anywhere_and_refuses_a_wrong_one(client, settings):
    settings.METRICS_TOKEN = "s3cret-scraper-token"
    good = client.get(
        "/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer s3cret-scraper-token"
    )
    assert good.status_code == 200
    wrong = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer guess")
    assert wrong.status_code == 403


def test_without_a_token_set_no_authorization_header_opens_it(client, settings):
    settings.METRICS_TOKEN = ""
    response = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer ")
    assert response.status_code == 403


def test_behind_a_proxy_it_judges_the_reader_not_the_proxy(client, settings):
    # A front proxy on the same machine connects from loopback; the reader's own
    # address is in X-Forwarded-For, and that is the one that must be allowed.
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxied = client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=OUTSIDE)
    assert proxied.status_code == 403
    settings.METRICS_ALLOWED_NETWORKS = [ipaddress.ip_network("203.0.113.0/24")]
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR=OUTSIDE).status_code == 200


def test_it_counts_requests_by_view_and_status(client):
    before = scrape(client)
    client.get("/healthz")
    client.get("/healthz")
    client.get("/en/no-such-page/")
    after = scrape(client)
    healthz = {"view": "health", "method": "GET", "status": "200"}
    assert (
        value(after, "newsroom_http_requests_total", **healthz)
        - value(before, "newsroom_http_requests_total", **healthz)
        == 2
    )
    missing = {"view": "wagtail_serve", "method": "GET", "status": "404"}
    assert value(after, "newsroom_http_requests_total", **missing) > value(
        before, "newsroom_http_requests_total", **missing
    )
    count = "newsroom_http_request_duration_seconds_count"
    assert value(after, count, view="health") - value(before, count, view="health") == 2


def test_a_made_up_method_adds_no_label(client):
    client.generic("BREW", "/healthz")
    samples = scrape(client)
    assert not any(dict(labels).get("method") == "BREW" for _name, labels in samples)
    assert any(
        dict(labels).get("method") == "other" and dict(labels).get("view") == "health"
        for _name, labels in samples
    )


def test_it_counts_page_cache_misses_and_hits(client, editions):
    article = make_article()
    before = scrape(client)
    assert client.get(article.url).headers["X-Page-Cache"] == "miss"
    assert client.get(article.url).headers["X-Page-Cache"] == "hit"
    after = scrape(client)
    for result in ("miss", "hit"):
        assert (
            value(after, "newsroom_page_cache_lookups_total", result=result)
            - value(before, "newsroom_page_cache_lookups_total", result=result)
            == 1
        )
    served = {"view": "page_cache", "method": "GET", "status": "200"}
    assert (
        value(after, "newsroom_http_requests_total", **served)
        - value(before, "newsroom_http_requests_total", **served)
        == 1
    )


def test_it_counts_comments_by_edition_and_outcome(
    client, editions, reader, other_reader, rules, django_capture_on_commit_callbacks
):
    german = make_article(section("world-news", "de"))
    listed("casinobonus", "block")
    before = scrape(client)
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(author=reader, body="Ein guter Bericht über den Damm, danke.")
        make_comment(article=german, author=reader, body="Ein guter Bericht, danke schön.")
        make_comment(author=reader, body="casinobonus casinobonus for all of you")
        held_comment(other_reader)
    after = scrape(client)

    def grew(**labels):
        name = "newsroom_comments_posted_total"
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew(edition="en", outcome="published") == 1
    assert grew(edition="de", outcome="published") == 1
    assert grew(edition="en", outcome="rejected") == 1
    assert grew(edition="en", outcome="held") == 1
    # Each of the four was screened: every check's time was observed four times.
    count = "newsroom_screening_check_duration_seconds_count"
    assert value(after, count, check="words") - value(before, count, check="words") == 4
    assert value(after, count, check="toxicity") - value(before, count, check="toxicity") == 4
    by_checks = {"action": "rejected", "by": "check"}
    assert (
        value(after, "newsroom_moderation_actions_total", **by_checks)
        - value(before, "newsroom_moderation_actions_total", **by_checks)
        == 1
    )


def test_a_post_that_is_rolled_back_is_not_counted(client, editions, reader, rules):
    before = scrape(client)
    make_comment(author=reader, body="Posted inside a transaction that never commits.")
    # The test's transaction is rolled back, so the on-commit count never runs.
    after = scrape(client)
    name = "newsroom_comments_posted_total"
    labels = {"edition": "en", "outcome": "published"}
    assert value(after, name, **labels) == value(before, name, **labels)


def test_it_reports_the_moderation_queue_its_age_and_reports(
    client, editions, reader, other_reader, rules
):
    empty = scrape(client)
    assert value(empty, "newsroom_moderation_queue_size", queue="pending") == 0
    assert value(empty, "newsroom_moderation_queue_oldest_seconds", queue="pending") == 0
    held_comment(reader)
    held_comment(reader, body="Another perfectly ordinary remark about the dam.")
    published = make_comment(author=other_reader, body="A calm and fair remark about the dam.")
    report_comment(published, reader)
    samples = scrape(client)
    assert value(samples, "newsroom_moderation_queue_size", queue="pending") == 2
    assert value(samples, "newsroom_moderation_queue_size", queue="reported") == 1
    assert value(samples, "newsroom_moderation_queue_oldest_seconds", queue="pending") >= 0


def test_it_reports_the_task_queue_depth(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    before = scrape(client)
    for _ in range(3):
        notify_reply.enqueue(1)
    samples = scrape(client)
    depth = "newsroom_task_queue_depth"
    assert DBTaskResult.objects.count() == 3
    assert (
        value(samples, depth, queue="default", state="ready")
        - value(before, depth, queue="default", state="ready")
        == 3
    )
    assert value(samples, "newsroom_task_queue_oldest_seconds", queue="default") >= 0


def test_it_reports_newsletter_messages_remaining(client, editions, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_subscribers(5)
    digest = make_digest()
    do_start_sending(digest)
    samples = scrape(client)
    assert value(samples, "newsroom_newsletter_messages_remaining") == 5


def test_it_counts_newsletter_messages_sent_and_failed_and_the_rest_remaining(
    client, editions, smtp_server
):
    make_subscriber("gone@example.com")
    make_subscriber("here@example.com")
    make_subscriber("also-here@example.com")
    smtp_server.refused = {"gone@example.com"}
    digest = make_digest()
    do_start_sending(digest)
    before = scrape(client)
    assert value(before, "newsroom_newsletter_messages_remaining") == 3
    send_digest(digest.pk)
    after = scrape(client)
    name = "newsroom_newsletter_messages_total"
    assert value(after, name, result="sent") - value(before, name, result="sent") == 2
    assert value(after, name, result="failed") - value(before, name, result="failed") == 1
    assert value(after, "newsroom_newsletter_messages_remaining") == 0
