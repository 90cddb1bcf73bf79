"""The demo fills the moderation queue through the real pipeline and real reports."""

import pytest

from newsroom.articles.tests.factories import make_article
from newsroom.comments import demo as comments_demo
from newsroom.comments.models import Comment
from newsroom.moderation.demo import load_demo_moderation
from newsroom.moderation.models import AuditEntry, Review

pytestmark = pytest.mark.django_db


def test_the_demo_queue_has_held_rejected_and_reported_comments(editions, monkeypatch):
    monkeypatch.setattr(comments_demo, "BUSY_THREAD_COMMENTS", 50)
    for n in range(3):
        make_article(title=f"Story {n}")
    comments_demo.load_demo_comments()
    message = load_demo_moderation()
    assert "wait in /moderation/" in message
    assert Comment.objects.filter(status="pending").count() >= 5
    assert Comment.objects.filter(status="rejected").exists()  # the crypto spam is blocked
    assert Review.objects.filter(open_reports__gt=0, comment__status="published").exists()
    assert AuditEntry.objects.filter(automatic="reports", action="held").count() == 1
    assert load_demo_moderation() == ""  # safe to run twice
