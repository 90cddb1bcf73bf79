"""POST /api/articles/<id>/comments: posting through the API is the site's own posting —
the same checks, screening, warning, rate limit and audit, answered as JSON."""

import pytest

from newsroom.api.tests.conftest import Api, token
from newsroom.articles.models import Commenting
from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.moderation.models import AuditEntry, Review

pytestmark = pytest.mark.django_db

TOXIC = "Shut up you stupid bitch, you are worthless trash"


def url(article) -> str:
    return f"/api/articles/{article.pk}/comments"


def test_a_reader_with_a_write_token_posts_a_published_comment(editions, api_as, reader):
    article = make_article()
    response = api_as(reader, "write").post(url(article), {"body": "The dam report is **late**."})
    assert response.status_code == 201
    body = response.json()
    comment = Comment.objects.get()
    assert body["id"] == comment.pk and body["mine"] is True and body["status"] == "published"
    assert body["html"] == "<p>The dam report is <strong>late</strong>.</p>\n"
    assert comment.author == reader and comment.article_id == article.pk
    # Screened and audited as on the page.
    assert Review.objects.get(comment=comment).outcome == "approved"
    assert AuditEntry.objects.filter(comment=comment, action="approved").exists()


def test_a_likely_toxic_comment_gets_a_structured_warning_and_nothing_is_saved(
    editions, api_as, reader
):
    article = make_article()
    api = api_as(reader, "write")
    warned = api.post(url(article), {"body": TOXIC})
    assert warned.status_code == 422
    answer = warned.json()
    assert answer["code"] == "warning" and answer["warning"] and answer["body"] == TOXIC
    assert not Comment.objects.exists()
    assert AuditEntry.objects.get().action == "warned"
    anyway = api.post(url(article), {"body": TOXIC, "warned": True})
    assert anyway.status_code == 201
    assert anyway.json()["status"] == "pending"
    assert "moderator" in anyway.json()["status_reason"]


def test_others_and_strangers_may_not_post(editions, client, api_as, unverified_reader, reader):
    article = make_article()
    signed_out = api_as(None).post(url(article), {"body": "Hello"})
    assert signed_out.status_code == 401 and signed_out.json()["code"] == "sign_in"
    unverified = api_as(unverified_reader, "write").post(url(article), {"body": "Hello"})
    assert unverified.status_code == 403 and "confirm your email" in unverified.json()["detail"]
    read_only = api_as(reader, "read").post(url(article), {"body": "Hello"})
    assert read_only.status_code == 403 and "write scope" in read_only.json()["detail"]
    assert not Comment.objects.exists()


def test_a_closed_thread_refuses_posts(editions, api_as, reader):
    article = make_article(commenting=Commenting.CLOSED)
    response = api_as(reader, "write").post(url(article), {"body": "Hello"})
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "refused" and body["detail"].startswith("Comments are closed")


def test_a_banned_reader_is_told_why(editions, api_as, reader):
    from django.utils import timezone

    reader.profile.banned_at, reader.profile.ban_reason = timezone.now(), "spam runs"
    reader.profile.save()
    response = api_as(reader, "write").post(url(make_article()), {"body": "Hello"})
    assert response.status_code == 403 and "spam runs" in response.json()["detail"]


def test_bad_input_gets_a_clear_400(editions, api_as, reader):
    article = make_article()
    api = api_as(reader, "write")
    empty = api.post(url(article), {"body": "   "})
    assert empty.status_code == 400 and empty.json()["detail"] == "Your comment is empty."
    missing = api.post(url(article), {})
    assert missing.status_code == 400 and "body" in missing.json()["detail"]
    wrong_type = api.post(url(article), {"body": ["a"], "warned": "perhaps"})
    assert wrong_type.status_code == 400 and wrong_type.json()["code"] == "invalid"
    too_long = api.post(url(article), {"body": "x" * 3001})
    assert too_long.status_code == 400 and "limit is 3000" in too_long.json()["detail"]
    nul = api.post(url(article), {"body": "a\x00b"})
    assert nul.status_code == 400
    not_json = api.client.post(
        url(article), "{nope", content_type="application/json", headers=api._headers()
    )
    assert not_json.status_code == 400 and not_json.json()["detail"]
    assert api.post("/api/articles/99999999/comments", {"body": "Hi"}).status_code == 404
    assert not Comment.objects.exists()


def test_posting_faster_than_the_limit_gets_429_and_nothing_is_lost(
    editions, api_as, reader, settings
):
    settings.COMMENTS_POSTS_PER_MINUTE = 2
    article = make_article()
    api = api_as(reader, "write")
    answers = [api.post(url(article), {"body": f"Point number {n}"}) for n in range(3)]
    assert [a.status_code for a in answers] == [201, 201, 429]
    assert answers[2].json()["code"] == "rate_limited"
    assert Comment.objects.count() == 2


def test_a_retried_post_with_the_same_key_is_saved_once(editions, api_as, reader):
    article = make_article()
    api = api_as(reader, "write")
    data = {"body": "Sent twice over a bad line", "idempotency_key": "abc123"}
    first, second = api.post(url(article), data), api.post(url(article), data)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert Comment.objects.count() == 1


def test_the_sites_own_scripts_post_with_the_session_and_its_csrf_token(
    editions, reader, django_user_model
):
    from django.test import Client

    article = make_article()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(reader)
    without = Api(browser).post(url(article), {"body": "From the page's script"})
    assert without.status_code == 403 and "CSRF" in without.json()["detail"]
    browser.get(article.url)  # sets the CSRF cookie, as the page does
    csrf = browser.cookies["csrftoken"].value
    response = browser.post(
        url(article),
        '{"body": "From the page\'s script"}',
        content_type="application/json",
        headers={"X-CSRFToken": csrf},
    )
    assert response.status_code == 201
    assert Comment.objects.get().author == reader


def test_a_token_is_not_a_session_so_needs_no_csrf_token(editions, reader):
    from django.test import Client

    api = Api(Client(enforce_csrf_checks=True), token(reader, "write"))
    assert api.post(url(make_article()), {"body": "From an app"}).status_code == 201
