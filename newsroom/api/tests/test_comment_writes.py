"""Replying, reading one comment, editing, deleting, voting and reporting through the API:
each allowed to exactly whom the page allows it, through the same access helpers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.articles.models import Commenting
from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment, Report, Vote
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(editions, reader):
    return make_comment(author=reader, body="The original text")


def test_a_reply_is_posted_under_its_parent(api_as, comment, other_reader):
    response = api_as(other_reader, "write").post(
        f"/api/comments/{comment.pk}/replies", {"body": "I disagree, politely."}
    )
    assert response.status_code == 201
    reply = Comment.objects.get(pk=response.json()["id"])
    assert reply.parent == comment and response.json()["parent"] == comment.pk
    comment.refresh_from_db()
    assert comment.reply_count == 1


def test_no_reply_to_a_deleted_comment_or_in_a_closed_thread(api_as, comment, other_reader):
    api = api_as(other_reader, "write")
    comment.article.commenting = Commenting.CLOSED
    comment.article.save()
    closed = api.post(f"/api/comments/{comment.pk}/replies", {"body": "Late"})
    assert closed.status_code == 403 and "closed" in closed.json()["detail"]
    comment.article.commenting = Commenting.OPEN
    comment.article.save()
    api_as(comment.author, "write").delete(f"/api/comments/{comment.pk}")
    gone = api.post(f"/api/comments/{comment.pk}/replies", {"body": "Late"})
    assert gone.status_code == 403 and "deleted" in gone.json()["detail"]


def test_the_author_edits_within_the_window_and_it_is_screened_again(api_as, comment):
    response = api_as(comment.author, "write").patch(
        f"/api/comments/{comment.pk}", {"body": "The corrected text"}
    )
    assert response.status_code == 200 and response.json()["edited"] is True
    comment.refresh_from_db()
    assert comment.body == "The corrected text"
    assert AuditEntry.objects.filter(comment=comment, details__edit=True).exists()


def test_nobody_else_edits_and_the_window_closes(api_as, comment, other_reader, moderator):
    for someone in (other_reader, moderator):
        refused = api_as(someone, "write").patch(f"/api/comments/{comment.pk}", {"body": "Mine"})
        assert refused.status_code == 403 and "your own" in refused.json()["detail"]
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(hours=1))
    late = api_as(comment.author, "write").patch(f"/api/comments/{comment.pk}", {"body": "Late"})
    assert late.status_code == 403 and "passed" in late.json()["detail"]
    comment.refresh_from_db()
    assert comment.body == "The original text"


def test_the_author_deletes_and_the_replies_stay(api_as, comment, other_reader):
    reply = make_comment(parent=comment, author=other_reader, body="A reply")
    assert api_as(other_reader, "write").delete(f"/api/comments/{comment.pk}").status_code == 403
    response = api_as(comment.author, "write").delete(f"/api/comments/{comment.pk}")
    assert response.status_code == 200 and response.json()["deleted"] is True
    assert response.json()["html"] == ""
    again = api_as(comment.author, "write").delete(f"/api/comments/{comment.pk}")
    assert again.status_code == 403 and "already" in again.json()["detail"]
    assert Comment.objects.filter(pk=reply.pk).exists()


def test_votes_count_once_and_toggle_and_not_on_your_own(api_as, comment, other_reader):
    api = api_as(other_reader, "write")
    up = api.post(f"/api/comments/{comment.pk}/vote", {"value": 1})
    assert up.json() == {"id": comment.pk, "score": 1, "mine": 1}
    down = api.post(f"/api/comments/{comment.pk}/vote", {"value": -1})
    assert down.json() == {"id": comment.pk, "score": -1, "mine": -1}
    taken_back = api.post(f"/api/comments/{comment.pk}/vote", {"value": -1})
    assert taken_back.json() == {"id": comment.pk, "score": 0, "mine": 0}
    own = api_as(comment.author, "write").post(f"/api/comments/{comment.pk}/vote", {"value": 1})
    assert own.status_code == 403 and "your own" in own.json()["detail"]
    bad = api.post(f"/api/comments/{comment.pk}/vote", {"value": 7})
    assert bad.status_code == 400 and bad.json()["detail"] == "A vote is up or down."
    assert not Vote.objects.exists()


def test_a_report_is_recorded_once_with_its_reason_and_audited(api_as, comment, other_reader):
    api = api_as(other_reader, "write")
    made = api.post(f"/api/comments/{comment.pk}/reports", {"reason": "spam"})
    assert made.status_code == 201 and made.json()["reason"] == "spam"
    assert Report.objects.get().reporter == other_reader
    assert AuditEntry.objects.filter(comment=comment, action="reported").exists()
    twice = api.post(f"/api/comments/{comment.pk}/reports", {"reason": "spam"})
    assert twice.status_code == 409 and twice.json()["code"] == "conflict"
    own = api_as(comment.author, "write").post(
        f"/api/comments/{comment.pk}/reports", {"reason": "spam"}
    )
    assert own.status_code == 403


def test_a_report_needs_a_known_reason_and_words_for_other(api_as, comment, other_reader):
    api = api_as(other_reader, "write")
    unknown = api.post(f"/api/comments/{comment.pk}/reports", {"reason": "boring"})
    assert unknown.status_code == 400 and unknown.json()["detail"] == "Please choose a reason."
    other = api.post(f"/api/comments/{comment.pk}/reports", {"reason": "other", "text": " "})
    assert other.status_code == 400 and "what is wrong" in other.json()["detail"]
    assert not Report.objects.exists()


def test_a_held_comment_is_seen_by_its_author_only(api_as, client, editions, reader, other_reader):
    reader.profile.premoderated = True
    reader.profile.save()
    article = make_article()
    posted = api_as(reader, "write").post(f"/api/articles/{article.pk}/comments", {"body": "Hi"})
    assert posted.json()["status"] == "pending"
    comment_id = posted.json()["id"]
    own = api_as(reader, "read").get(f"/api/comments/{comment_id}")
    assert own.status_code == 200 and own.json()["status"] == "pending"
    assert api_as(other_reader, "read").get(f"/api/comments/{comment_id}").status_code == 404
    assert client.get(f"/api/comments/{comment_id}").status_code == 404
    thread = api_as(reader, "read").get(f"/api/articles/{article.pk}/comments").json()
    assert [item["id"] for item in thread["items"]] == [comment_id]
    assert client.get(f"/api/articles/{article.pk}/comments").json()["items"] == []


@pytest.mark.parametrize(
    "method,path,data",
    [
        ("post", "/api/comments/{id}/replies", {"body": "x"}),
        ("patch", "/api/comments/{id}", {"body": "x"}),
        ("delete", "/api/comments/{id}", None),
        ("post", "/api/comments/{id}/vote", {"value": 1}),
        ("post", "/api/comments/{id}/reports", {"reason": "spam"}),
    ],
)
def test_every_write_needs_a_token_with_the_write_scope(api_as, comment, method, path, data):
    target = path.format(id=comment.pk)
    api = api_as(comment.author, "read", "moderate")
    answer = getattr(api, method)(target, data) if data is not None else api.delete(target)
    assert answer.status_code == 403 and "write scope" in answer.json()["detail"]
    anonymous = api_as(None)
    answer = (
        getattr(anonymous, method)(target, data) if data is not None else anonymous.delete(target)
    )
    assert answer.status_code == 401
    comment.refresh_from_db()
    assert comment.body == "The original text" and not comment.is_deleted
