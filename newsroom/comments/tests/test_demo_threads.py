"""The demo's comment threads: realistic, deterministic, with one very busy story."""

import pytest

from newsroom.articles.tests.factories import make_article
from newsroom.comments import demo
from newsroom.comments.models import Comment, Discussion, Vote

pytestmark = pytest.mark.django_db


def test_it_builds_threads_with_replies_votes_a_busy_story_and_the_policy(
    client, editions, monkeypatch
):
    monkeypatch.setattr(demo, "BUSY_THREAD_COMMENTS", 300)  # the real one has 2,400
    articles = [make_article(title=f"Story {n}") for n in range(6)]
    message = demo.load_demo_comments()
    assert "Demo comment threads built" in message
    busy = Discussion.objects.order_by("-comment_count").first()
    assert busy.comment_count == 300
    for discussion in Discussion.objects.all():
        comments = Comment.objects.filter(article_id=discussion.pk)
        assert discussion.comment_count == comments.count()
        for comment in comments.filter(reply_count__gt=0)[:20]:
            assert comment.reply_count == comments.filter(parent=comment).count()
    assert Comment.objects.filter(parent__isnull=False).exists()
    assert Vote.objects.exists()
    assert "already" in demo.load_demo_comments()  # safe to run twice
    policy = client.get("/en/commenting-policy/")
    assert policy.status_code == 200 and "Threats, harassment" in policy.content.decode()
    html = client.get(articles[0].url).content.decode()
    assert 'href="/en/commenting-policy/"' in html
