"""An edit never lifts a decision people made (the red-team published rejected and
reported comments again by editing them within the edit window)."""

import pytest
from django.urls import reverse

from newsroom.comments.models import Comment
from newsroom.moderation.actions import do_approve, do_reject
from newsroom.moderation.models import AuditEntry, ModerationSettings
from newsroom.moderation.tests.factories import held_comment, listed, make_comment, report

pytestmark = pytest.mark.django_db


def _edit(client, comment, body):
    return client.post(reverse("comments:edit", args=[comment.pk]), {"body": body})


def test_a_comment_a_moderator_rejected_is_not_published_by_editing_it(
    client, editions, reader, moderator, rules
):
    comment = make_comment(author=reader, body="The mayor is a crook and a liar.", warned=True)
    do_reject(comment, moderator, "abuse")
    client.force_login(reader)
    response = _edit(client, comment, "The mayor made a mistake.")
    assert response.status_code == 403
    assert "moderator removed this comment" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    assert comment.body == "The mayor is a crook and a liar."
    assert (
        not AuditEntry.objects.filter(comment=comment, automatic="pipeline")
        .exclude(details__edit=False)
        .exists()
    )


def test_a_comment_held_by_readers_reports_is_not_published_by_editing_it(
    client, editions, reader, other_reader, make_reader, rules
):

    ModerationSettings.current().reports_to_hold  # noqa: B018 - the shipped threshold, 3
    comment = make_comment(author=reader, body="Everyone from that town is the same.")
    reporters = [other_reader] + [make_reader(f"reporter{n}") for n in range(2)]
    for reporter in reporters:
        report(comment, reporter, "hate")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    client.force_login(reader)
    response = _edit(client, comment, "A calm sentence about the town.")
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert comment.body == "Everyone from that town is the same."


def test_an_approved_comment_edited_into_abuse_is_held_again(
    client, editions, reader, moderator, rules
):
    listed("scumbag", "hold")
    comment = held_comment(reader)
    do_approve(comment, moderator)
    client.force_login(reader)
    _edit(client, comment, "The minister is a scumbag.")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_a_comment_held_by_screening_may_still_be_rephrased(client, editions, reader, rules):
    listed("scumbag", "hold")
    comment = make_comment(author=reader, body="The minister is a scumbag.", warned=True)
    assert comment.status == Comment.Status.PENDING
    client.force_login(reader)
    _edit(client, comment, "Thanks, that is a fair correction about the dam.")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED
