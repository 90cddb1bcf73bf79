"""GET /api/moderation/queue and POST /api/moderation/comments/<id>/decision: moderators
only (with the moderate scope), the same queue and the same audited decisions."""

import pytest

from newsroom.api.tests.conftest import token
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.models import AuditEntry, Notice
from newsroom.moderation.tests.factories import held_comment, report

pytestmark = pytest.mark.django_db


def test_a_moderator_reads_the_pending_queue_with_checks_and_history(
    api_as, editions, reader, moderator
):
    held = held_comment(reader, body="A remark that waits for a moderator.")
    queue = api_as(moderator, "moderate").get("/api/moderation/queue").json()
    assert queue["tab"] == "pending" and queue["counts"]["pending"] == 1
    item = queue["items"][0]
    assert item["comment"]["id"] == held.pk and item["comment"]["status"] == "pending"
    assert item["body"] == "A remark that waits for a moderator."
    assert "premoderation" in ",".join(item["review"]["held_by"]) or item["review"]["checks"]
    assert item["history"]["pending"] == 1


def test_the_reported_tab_shows_reasons(api_as, editions, reader, other_reader, moderator):
    comment = make_comment(author=reader, body="Buy my stuff")
    report(comment, other_reader, "spam")
    queue = api_as(moderator, "moderate").get("/api/moderation/queue", {"tab": "reported"}).json()
    assert (
        queue["items"][0]["reports"] == [["Spam or advertising", 1]]
        or queue["items"][0]["reports"][0][1] == 1
    )


def test_a_moderator_approves_and_the_author_is_told(api_as, editions, reader, moderator):
    held = held_comment(reader)
    answer = api_as(moderator, "moderate").post(
        f"/api/moderation/comments/{held.pk}/decision", {"action": "approve"}
    )
    assert answer.status_code == 200 and answer.json()["comment"]["status"] == "published"
    assert Comment.objects.get(pk=held.pk).status == "published"
    assert AuditEntry.objects.filter(actor=moderator, action="approved", comment=held).exists()
    assert Notice.objects.get(reader=reader).decision == "approved"


def test_a_rejection_needs_a_known_reason(api_as, editions, reader, moderator):
    held = held_comment(reader)
    api = api_as(moderator, "moderate")
    url = f"/api/moderation/comments/{held.pk}/decision"
    no_reason = api.post(url, {"action": "reject"})
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["detail"]
    unknown = api.post(url, {"action": "ban"})
    assert unknown.status_code == 400
    done = api.post(url, {"action": "reject", "reason": "spam", "note": "Links only."})
    assert done.status_code == 200
    assert Comment.objects.get(pk=held.pk).status == "rejected"
    assert "Links only." in Comment.objects.get(pk=held.pk).status_reason


def test_only_a_published_comment_is_featured(api_as, editions, reader, moderator):
    held = held_comment(reader)
    api = api_as(moderator, "moderate")
    refused = api.post(f"/api/moderation/comments/{held.pk}/decision", {"action": "feature"})
    assert refused.status_code == 400 and "approve it first" in refused.json()["detail"]
    published = make_comment(author=reader)
    done = api.post(f"/api/moderation/comments/{published.pk}/decision", {"action": "feature"})
    assert done.status_code == 200
    assert Comment.objects.get(pk=published.pk).featured_at is not None


@pytest.mark.parametrize("who", ["reader", "other_reader", "editor"])
def test_readers_and_editors_may_not_moderate(request, api_as, editions, reader, who):
    held = held_comment(reader)
    someone = request.getfixturevalue(who)
    api = api_as(someone, "read", "write")
    assert api.get("/api/moderation/queue").status_code == 403
    refused = api.post(f"/api/moderation/comments/{held.pk}/decision", {"action": "approve"})
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert Comment.objects.get(pk=held.pk).status == "pending"


def test_a_moderator_needs_the_moderate_scope(client, editions, reader, moderator):
    held = held_comment(reader)
    raw = token(moderator, "read", "write")
    answer = client.post(
        f"/api/moderation/comments/{held.pk}/decision",
        '{"action": "approve"}',
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert answer.status_code == 403 and "moderate scope" in answer.json()["detail"]


def test_a_former_moderators_token_stops_moderating(api_as, editions, reader, moderator):
    api = api_as(moderator, "moderate")
    moderator.groups.clear()
    assert api.get("/api/moderation/queue").status_code == 403


def test_odd_queue_filters_are_answered_not_errors(api_as, editions, moderator):
    api = api_as(moderator, "moderate")
    assert api.get("/api/moderation/queue", {"tab": "nope", "article": "x"}).status_code == 200
    assert api.get("/api/moderation/queue", {"page": "0"}).status_code == 400
    assert (
        api.post("/api/moderation/comments/99999999/decision", {"action": "approve"}).status_code
        == 404
    )
