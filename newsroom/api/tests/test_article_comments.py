"""GET /api/articles/<id>/comments: a thread's comments as JSON, one cursor page at a time."""

import pytest

from newsroom.articles.tests.factories import make_article
from newsroom.comments import threads
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_it_pages_top_level_comments_with_nested_replies(client, editions, reader, other_reader):
    article = make_article()
    made = [make_comment(article, reader, f"n{n}") for n in range(threads.PAGE_SIZE + 2)]
    reply = make_comment(author=other_reader, body="**yes**", parent=made[0])
    first = client.get(f"/api/articles/{article.pk}/comments", {"sort": "oldest"}).json()
    assert first["comment_count"] == threads.PAGE_SIZE + 3
    assert [item["id"] for item in first["items"]] == [c.pk for c in made[: threads.PAGE_SIZE]]
    assert first["items"][0]["replies"][0]["id"] == reply.pk
    assert first["items"][0]["replies"][0]["html"] == "<p><strong>yes</strong></p>\n"
    second = client.get(
        f"/api/articles/{article.pk}/comments", {"sort": "oldest", "cursor": first["next_cursor"]}
    ).json()
    assert [item["id"] for item in second["items"]] == [c.pk for c in made[threads.PAGE_SIZE :]]
    assert second["next_cursor"] is None


def test_bad_input_gets_a_clear_400_or_404(client, editions):
    article = make_article()
    assert client.get(f"/api/articles/{article.pk}/comments", {"sort": "best"}).status_code == 400
    bad_cursor = client.get(f"/api/articles/{article.pk}/comments", {"cursor": "!!"})
    assert bad_cursor.status_code == 400 and "not valid" in bad_cursor.json()["detail"]
    assert client.get("/api/articles/999999/comments").status_code == 404
    assert client.get("/api/comment-counts", {"ids": "1,x"}).status_code == 400
    many = ",".join(str(n) for n in range(101))
    assert client.get("/api/comment-counts", {"ids": many}).status_code == 400


def test_the_schema_describes_the_endpoints(client, editions):
    schema = client.get("/api/openapi.json").json()
    assert "/api/articles/{article_id}/comments" in schema["paths"]
    assert "/api/comment-counts" in schema["paths"]


def test_counts_for_a_list_of_addresses_in_one_request(client, editions, reader):
    article, quiet = make_article(), make_article()
    make_comment(article, reader, "one")
    make_comment(article, reader, "two")
    absolute = f"https://elsewhere.example{article.url}?utm=x"
    response = client.get(
        "/api/comment-counts/by-url",
        {"url": [absolute, quiet.url.rstrip("/"), "https://x.example/nothing/"]},
    )
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["counts"] == {
        absolute: 2,
        quiet.url.rstrip("/"): 0,
        "https://x.example/nothing/": None,
    }
    too_many = client.get("/api/comment-counts/by-url", {"url": [f"/{n}/" for n in range(101)]})
    assert too_many.status_code == 400
    assert client.get("/api/comment-counts/by-url").status_code == 400
