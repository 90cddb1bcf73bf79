"""The pipeline as a whole: every check's verdict, score and time stored; the outcome
and its reason; masking; staff not screened."""

import pytest

from newsroom.comments.models import Comment, Discussion
from newsroom.moderation.checks import PIPELINE
from newsroom.moderation.models import AuditEntry, Review
from newsroom.moderation.tests.factories import listed, make_comment

pytestmark = pytest.mark.django_db

ALL_CHECKS = [check.__name__.removeprefix("check_") for check in PIPELINE]


def test_a_calm_comment_is_published_with_every_check_recorded(editions, reader, rules):
    comment = make_comment(author=reader, body="The engineers' report deserves a wider audience.")
    assert comment.status == "published"
    review = Review.objects.get(pk=comment.pk)
    assert [c["check"] for c in review.checks] == ALL_CHECKS
    assert all(c["verdict"] == "pass" for c in review.checks)
    assert all(isinstance(c["ms"], float) and c["ms"] >= 0 for c in review.checks)
    assert review.outcome == "approved" and review.toxicity is not None
    entry = AuditEntry.objects.get(comment=comment)
    assert (entry.action, entry.automatic) == ("approved", "pipeline")
    assert [c["check"] for c in entry.details["checks"]] == ALL_CHECKS


def test_rejection_wins_over_holding_and_tells_the_author_why(editions, reader, rules):
    listed("casinobonus", "block")
    body = "CASINOBONUS CASINOBONUS at http://a.example http://b.example http://c.example"
    comment = make_comment(author=reader, body=body)
    assert comment.status == "rejected"
    assert "words our commenting policy does not allow" in comment.status_reason
    review = Review.objects.get(pk=comment.pk)
    assert review.outcome == "rejected" and review.held_by == ",words,links,"
    assert AuditEntry.objects.get(comment=comment).automatic == "words"


def test_a_held_comment_says_why_and_counts_for_nobody(editions, reader, rules):
    body = "Sources: https://a.example https://b.example https://c.example"
    comment = make_comment(author=reader, body=body)
    assert comment.status == "pending" and "many links" in comment.status_reason
    assert not Comment.objects.counted().filter(pk=comment.pk).exists()
    assert not Discussion.objects.filter(pk=comment.article_id, comment_count__gt=0).exists()


def test_masked_words_are_published_masked(editions, reader, rules):
    listed("frakking", "mask")
    comment = make_comment(author=reader, body="The frakking spillway failed again.")
    assert comment.status == "published"
    assert comment.body == "The f******* spillway failed again."
    assert "frakking" not in comment.body_html
    assert Review.objects.get(pk=comment.pk).matched_words == ["frakking"]


def test_flagged_words_publish_but_queue_for_review(editions, reader, rules):
    listed("sellout", "flag")
    comment = make_comment(author=reader, body="The mayor is a sellout on housing.")
    assert comment.status == "published"
    review = Review.objects.get(pk=comment.pk)
    assert review.flagged and review.priority > 0


def test_staff_comments_are_not_screened(editions, editor, rules):
    listed("spamword", "block")
    comment = make_comment(author=editor, body="SPAMWORD is what readers reported; thank you.")
    assert comment.status == "published"
    assert [c["check"] for c in Review.objects.get(pk=comment.pk).checks] == ["staff"]


def test_an_edit_is_screened_again(editions, reader, rules):
    from newsroom.moderation.actions import check_edit_comment

    listed("scumbag", "hold")
    comment = make_comment(author=reader, body="The minister explained the delay.")
    check_edit_comment(comment, "The minister is a scumbag.")
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert comment.article.discussion.comment_count == 0
    assert AuditEntry.objects.filter(comment=comment).count() == 2
