"""Readers' reports reach moderation: counted, audited, and enough of them hold the comment."""

import pytest

from newsroom.comments.models import Comment, Discussion
from newsroom.moderation.models import AuditEntry, Review
from newsroom.moderation.tests.factories import make_comment, report

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporters(make_reader):
    return [make_reader(f"reporter{n}") for n in range(4)]


def test_reports_below_the_threshold_queue_the_comment_but_keep_it_published(
    editions, reader, reporters, rules
):
    comment = make_comment(author=reader)
    report(comment, reporters[0], "harassment", "Goes after another reader")
    report(comment, reporters[1], "spam")
    comment.refresh_from_db()
    review = Review.objects.get(pk=comment.pk)
    assert comment.status == "published"
    assert (review.report_count, review.open_reports) == (2, 2)
    assert review.priority_parts[0] == {"what": "reports", "count": 2, "points": 6.0}
    reported = AuditEntry.objects.filter(action="reported", comment=comment)
    assert reported.count() == 2 and reported.first().details["reason"] in ("spam", "harassment")


def test_enough_reports_hold_a_published_comment(editions, reader, reporters, rules):
    rules.reports_to_hold = 3
    rules.save()
    comment = make_comment(author=reader)
    for reporter in reporters[:3]:
        report(comment, reporter)
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert "several readers reported it" in comment.status_reason
    assert Discussion.objects.get(pk=comment.article_id).comment_count == 0
    held = AuditEntry.objects.get(action="held", automatic="reports")
    assert held.comment_id == comment.pk and "3 open reports" in held.reason
    assert not Comment.objects.counted().filter(pk=comment.pk).exists()
