"""A moderator's decisions on comments: approve, reject with a reason, feature, bulk,
"approve all shown"; each audited, and authors are told (account page, and email if
they opted in)."""

import pytest
from django.urls import reverse

from newsroom.comments.models import Comment, Discussion
from newsroom.moderation.models import AuditEntry, Notice, Review
from newsroom.moderation.tests.factories import held_comment, make_comment

pytestmark = pytest.mark.django_db


def decide(client, comment, decision, **data):
    return client.post(reverse("moderation:decide", args=[comment.pk, decision]), data)


def test_approving_a_held_comment_publishes_and_counts_it(
    client, editions, reader, moderator, rules
):
    comment = held_comment(reader)
    client.force_login(moderator)
    response = decide(client, comment, "approve", next="/moderation/?tab=pending")
    assert response.status_code == 302 and response["Location"] == "/moderation/?tab=pending"
    comment.refresh_from_db()
    assert comment.status == "published" and comment.status_reason == ""
    assert Discussion.objects.get(pk=comment.article_id).comment_count == 1
    review = Review.objects.get(pk=comment.pk)
    assert (review.decision, review.decided_by) == ("approved", moderator)
    entry = AuditEntry.objects.filter(actor=moderator).get()
    assert (entry.action, entry.comment_id, entry.details["was"]) == (
        "approved",
        comment.pk,
        "pending",
    )
    notice = Notice.objects.get(reader=reader)
    assert notice.decision == "approved"


def test_rejecting_tells_the_author_why_on_their_account_page(
    client, editions, reader, moderator, rules
):
    comment = held_comment(reader)
    client.force_login(moderator)
    decide(client, comment, "reject", reason="harassment", note="Please keep it civil.")
    comment.refresh_from_db()
    assert comment.status == "rejected"
    assert (
        comment.status_reason
        == "Removed by a moderator: harassment of another person. Please keep it civil."
    )
    client.force_login(reader)
    page = client.get(reverse("account")).content.decode()
    assert "Decisions on your comments" in page and "Please keep it civil." in page


def test_a_reject_needs_a_known_reason(client, editions, reader, moderator, rules):
    comment = held_comment(reader)
    client.force_login(moderator)
    response = decide(client, comment, "reject", reason="because", headers={})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "pending"
    answer = client.post(
        reverse("moderation:decide", args=[comment.pk, "reject"]),
        {"reason": ""},
        headers={"X-Requested-With": "fetch"},
    )
    assert answer.status_code == 400 and "reason" in answer.json()["message"]


def test_authors_who_opted_in_get_an_email(
    client, editions, reader, moderator, rules, smtp_server, django_capture_on_commit_callbacks
):
    reader.profile.notify_on_moderation = True
    reader.profile.save()
    comment = held_comment(reader)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, comment, "reject", reason="spam")
    [(recipients, message)] = smtp_server.messages
    assert recipients == [reader.email] and "not published" in message["Subject"]
    assert "Removed by a moderator: spam." in message.get_body(("plain",)).get_content()
    kinds = [part.get_content_type() for part in message.walk()]
    assert "text/plain" in kinds and "text/html" in kinds


def test_authors_who_did_not_opt_in_get_no_email(
    client, editions, reader, moderator, rules, mailoutbox
):
    comment = held_comment(reader)
    client.force_login(moderator)
    decide(client, comment, "approve")
    assert mailoutbox == [] and Notice.objects.filter(reader=reader).exists()


def test_a_held_reply_approved_later_still_emails_the_parent_author(
    client,
    editions,
    reader,
    other_reader,
    moderator,
    rules,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    parent = make_comment(author=other_reader, body="The spillway was never tested at full load.")
    with django_capture_on_commit_callbacks(execute=True):
        reply = held_comment(reader, body="It was, in 2019; the report is public.", parent=parent)
    assert mailoutbox == []
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, reply, "approve")
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [other_reader.email]


def test_featuring_pins_a_comment_on_top_of_its_thread(client, editions, reader, moderator, rules):
    comment = make_comment(author=reader, body="The clearest account of the night I have read.")
    client.force_login(moderator)
    decide(client, comment, "feature")
    page = client.get(comment.article.url).content.decode()
    assert "Featured comments" in page
    assert page.index("Featured comments") < page.index('id="comment-list"')
    decide(client, comment, "unfeature")
    assert "Featured comments" not in client.get(comment.article.url).content.decode()
    actions = list(AuditEntry.objects.filter(actor=moderator).values_list("action", flat=True))
    assert sorted(actions) == ["featured", "unfeatured"]


def test_a_held_comment_cannot_be_featured(client, editions, reader, moderator, rules):
    comment = held_comment(reader)
    client.force_login(moderator)
    answer = client.post(
        reverse("moderation:decide", args=[comment.pk, "feature"]),
        headers={"X-Requested-With": "fetch"},
    )
    assert answer.status_code == 400 and "approve it first" in answer.json()["message"]


def test_bulk_approve_all_shown_and_bulk_reject(
    client, editions, reader, other_reader, moderator, rules
):
    flood = [
        held_comment(reader, body=f"Flood comment number {n} about the dam.") for n in range(5)
    ]
    client.force_login(moderator)
    ids = [comment.pk for comment in flood]
    response = client.post(reverse("moderation:bulk"), {"action": "approve", "ids": ids[:3]})
    assert response.status_code == 302
    assert Comment.objects.filter(pk__in=ids[:3], status="published").count() == 3
    client.post(reverse("moderation:bulk"), {"action": "reject", "ids": ids[3:], "reason": "spam"})
    assert Comment.objects.filter(pk__in=ids[3:], status="rejected").count() == 2
    assert AuditEntry.objects.filter(actor=moderator).count() == 5


def test_bulk_without_a_selection_or_reason_explains(client, editions, moderator, rules):
    client.force_login(moderator)
    fetch = {"X-Requested-With": "fetch"}
    empty = client.post(reverse("moderation:bulk"), {"action": "approve"}, headers=fetch)
    assert empty.status_code == 400 and "Select at least one" in empty.json()["message"]
    no_reason = client.post(
        reverse("moderation:bulk"), {"action": "reject", "ids": "1"}, headers=fetch
    )
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["message"]
