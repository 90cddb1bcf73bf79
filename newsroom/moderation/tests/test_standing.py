"""Bans, suspensions and pre-moderation: set by moderators on /moderation/readers/<id>/,
audited, and enforced on every write a reader makes."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.comments.models import Comment, Report, Vote
from newsroom.moderation.models import AuditEntry
from newsroom.moderation.tests.factories import held_comment, make_comment

pytestmark = pytest.mark.django_db


def act(client, reader, action, **data):
    return client.post(reverse("moderation:reader-action", args=[reader.pk, action]), data)


def ban(reader):
    reader.profile.banned_at, reader.profile.ban_reason = timezone.now(), "Repeated threats"
    reader.profile.save()


def suspend(reader):
    reader.profile.suspended_until = timezone.now() + timedelta(days=3)
    reader.profile.suspension_message = "Cool off, please."
    reader.profile.save()


WRITES = {
    "post": lambda client, comment: client.post(
        reverse("comments:post", args=[comment.article_id]), {"body": "Let me in"}
    ),
    "reply": lambda client, comment: client.post(
        reverse("comments:post", args=[comment.article_id]), {"body": "Hi", "parent": comment.pk}
    ),
    "vote": lambda client, comment: client.post(
        reverse("comments:vote", args=[comment.pk]), {"value": "1"}
    ),
    "report": lambda client, comment: client.post(
        reverse("comments:report", args=[comment.pk]), {"reason": "spam"}
    ),
}


@pytest.mark.parametrize("standing", [ban, suspend], ids=["banned", "suspended"])
@pytest.mark.parametrize("write", WRITES)
def test_a_banned_or_suspended_reader_cannot_write(
    client, editions, reader, other_reader, rules, standing, write
):
    comment = make_comment(author=other_reader)
    standing(reader)
    client.force_login(reader)
    response = WRITES[write](client, comment)
    assert response.status_code == 403
    text = response.content.decode()
    assert "Repeated threats" in text or "Cool off, please." in text
    assert Comment.objects.count() == 1
    assert not Vote.objects.exists() and not Report.objects.exists()


@pytest.mark.parametrize("standing", [ban, suspend], ids=["banned", "suspended"])
def test_a_banned_or_suspended_reader_cannot_edit(client, editions, reader, rules, standing):
    comment = make_comment(author=reader, body="Original words.")
    standing(reader)
    client.force_login(reader)
    response = client.post(reverse("comments:edit", args=[comment.pk]), {"body": "New words"})
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.body == "Original words."


def test_the_article_page_tells_a_suspended_reader_why_and_until_when(
    client, editions, reader, other_reader, rules
):
    comment = make_comment(author=other_reader)
    suspend(reader)
    client.force_login(reader)
    page = client.get(comment.article.url).content.decode()
    assert "You are suspended from comments until" in page and "Cool off, please." in page
    assert 'name="body"' not in page


def test_a_suspension_ends_by_itself(client, editions, reader, other_reader, rules):
    comment = make_comment(author=other_reader)
    reader.profile.suspended_until = timezone.now() - timedelta(minutes=1)
    reader.profile.save()
    client.force_login(reader)
    assert WRITES["vote"](client, comment).status_code == 302


def test_a_ban_rejects_the_readers_waiting_comments_and_is_audited(
    client, editions, reader, moderator, rules
):
    waiting = held_comment(reader)
    client.force_login(moderator)
    response = act(client, reader, "ban", reason="Threatened a journalist")
    assert response.status_code == 302
    reader.profile.refresh_from_db()
    waiting.refresh_from_db()
    assert reader.profile.banned_at is not None and waiting.status == "rejected"
    banned = AuditEntry.objects.get(action="banned")
    assert (banned.actor, banned.reader, banned.reason) == (
        moderator,
        reader,
        "Threatened a journalist",
    )
    act(client, reader, "unban")
    reader.profile.refresh_from_db()
    assert reader.profile.banned_at is None
    assert AuditEntry.objects.filter(action="unbanned", reader=reader).exists()


def test_a_suspension_needs_a_future_end_and_is_audited(client, editions, reader, moderator):
    client.force_login(moderator)
    past = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    answer = client.post(
        reverse("moderation:reader-action", args=[reader.pk, "suspend"]),
        {"until": past},
        headers={"X-Requested-With": "fetch"},
    )
    assert answer.status_code == 400 and "future" in answer.json()["message"]
    act(client, reader, "suspend", days="7", message="A week off.")
    reader.profile.refresh_from_db()
    assert reader.profile.is_suspended() and reader.profile.suspension_message == "A week off."
    entry = AuditEntry.objects.get(action="suspended")
    assert entry.details["until"].startswith(reader.profile.suspended_until.date().isoformat())
    act(client, reader, "unsuspend")
    reader.profile.refresh_from_db()
    assert not reader.profile.is_suspended()


def test_per_reader_premoderation_holds_their_next_comment(
    client, editions, reader, moderator, rules
):
    client.force_login(moderator)
    act(client, reader, "premoderate")
    reader.profile.refresh_from_db()
    assert make_comment(author=reader).status == "pending"
    act(client, reader, "unpremoderate")
    reader.profile.refresh_from_db()
    trusted = make_comment(
        author=reader, body="Thanks, that answers my question about the harbour."
    )
    assert trusted.status == "published"
    actions = AuditEntry.objects.filter(actor=moderator).values_list("action", flat=True)
    assert sorted(actions) == ["premoderated", "unpremoderated"]


def test_staff_cannot_be_banned_from_the_queue(client, editions, editor, moderator):
    editor.is_staff = True
    editor.save()
    client.force_login(moderator)
    answer = client.post(
        reverse("moderation:reader-action", args=[editor.pk, "ban"]),
        {"reason": "x"},
        headers={"X-Requested-With": "fetch"},
    )
    assert answer.status_code == 400
    editor.profile.refresh_from_db()
    assert editor.profile.banned_at is None
