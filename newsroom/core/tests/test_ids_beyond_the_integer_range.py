"""The attack: ids beyond the database's integer range (99999999999999999999) answered
500 on the comment thread, its events, posting, replies and the JSON API. Each is now a
clear 404 (paths) or 400 (query strings), and nothing is written."""

import pytest

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"/en/comments/{HUGE}/",
        f"/en/comments/{HUGE}/events/",
        f"/en/comments/c/{HUGE}/replies/",
        f"/en/comments/c/{HUGE}/thread/",
        f"/api/articles/{HUGE}/comments",
        f"/audio/{HUGE}/episode.mp3",
        f"/moderation/readers/{HUGE}/",
    ],
)
def test_a_huge_id_in_a_path_is_404(client, editions, path):
    assert client.get(path).status_code == 404


def test_posting_to_a_huge_article_id_is_404_and_stores_nothing(client, editions, reader):
    client.force_login(reader)
    response = client.post(f"/en/comments/{HUGE}/post/", {"body": "Hello there, all."})
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_a_reply_to_a_huge_parent_id_is_not_a_server_error_and_makes_no_reply(
    client, editions, reader
):
    article = make_article()
    client.force_login(reader)
    response = client.post(
        f"/en/comments/{article.pk}/post/", {"body": "Hello there, all.", "parent": HUGE}
    )
    assert response.status_code < 500
    assert not Comment.objects.filter(parent__isnull=False).exists()


def test_a_huge_id_in_the_counts_query_is_a_400_with_a_reason(client, editions):
    response = client.get("/api/comment-counts", {"ids": f"1,{HUGE}"})
    assert response.status_code == 400
    assert "ids" in response.json()["detail"]


def test_a_huge_comment_in_the_permalink_shows_the_thread_from_its_start(client, editions):
    comment = make_comment()
    response = client.get(f"/en/comments/{comment.article_id}/", {"comment": HUGE})
    assert response.status_code == 200
    assert comment.body in response.content.decode()
