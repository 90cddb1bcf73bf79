"""GET /api/me, /api/me/comments and /api/me/notices: the caller's own account, with a
token of the read scope or the site's session; nobody else's."""

import pytest

from newsroom.api.tests.conftest import Api
from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.actions import do_reject
from newsroom.moderation.tests.factories import held_comment

pytestmark = pytest.mark.django_db


def test_me_says_who_and_what_the_token_may_do(api_as, editions, reader, moderator):
    me = api_as(reader, "read").get("/api/me").json()
    assert me["id"] == reader.pk and me["display_name"] == reader.profile.display_name
    assert me["scopes"] == ["read"] and me["moderator"] is False
    assert api_as(moderator, "moderate").get("/api/me").json()["moderator"] is True


def test_the_session_may_do_what_its_reader_may(client, editions, reader):
    client.force_login(reader)
    assert Api(client).get("/api/me").json()["scopes"] == ["read", "write"]


def test_my_comments_in_every_state_with_the_reason_paged(api_as, editions, reader, other_reader):
    article = make_article()
    published = [make_comment(article, reader, f"Point {n}") for n in range(51)]
    held = held_comment(reader)
    make_comment(article, other_reader, "Not mine")
    first = api_as(reader, "read").get("/api/me/comments").json()
    assert first["items"][0]["id"] == held.pk and first["items"][0]["status"] == "pending"
    assert first["items"][0]["status_reason"]
    assert len(first["items"]) == 50 and first["next_before"] is not None
    second = api_as(reader, "read").get("/api/me/comments", {"before": first["next_before"]})
    ids = [item["id"] for item in second.json()["items"]]
    assert ids == [published[1].pk, published[0].pk] and second.json()["next_before"] is None
    assert first["items"][1]["article_title"] == article.title


def test_my_notices_tell_moderators_decisions(api_as, editions, reader, moderator):
    held = held_comment(reader)
    do_reject(held, moderator, "spam")
    notices = api_as(reader, "read").get("/api/me/notices").json()["items"]
    assert len(notices) == 1 and notices[0]["decision"] == "rejected"
    assert "spam" in notices[0]["reason"] and notices[0]["comment"] == held.pk


def test_a_write_only_token_does_not_read_the_account(api_as, editions, reader):
    for path in ("/api/me/comments", "/api/me/notices"):
        refused = api_as(reader, "write").get(path)
        assert refused.status_code == 403 and "read scope" in refused.json()["detail"]


def test_strangers_get_a_clear_401_and_bad_cursors_a_400(api_as, editions, reader):
    for path in ("/api/me", "/api/me/comments", "/api/me/notices"):
        answer = api_as(None).get(path)
        assert answer.status_code == 401 and "API token" in answer.json()["detail"]
    bad = api_as(reader, "read").get("/api/me/comments", {"before": "soon"})
    assert bad.status_code == 400 and "before" in bad.json()["detail"]
