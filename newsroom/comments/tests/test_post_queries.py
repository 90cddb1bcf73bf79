"""Posting is cheap: a handful of queries, whatever the thread's size (counted, not timed)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_posting_costs_a_handful_of_queries(client, editions, reader, other_reader):
    article = make_article()
    for n in range(5):
        make_comment(article=article, author=other_reader, body=f"Earlier comment {n}")
    client.force_login(reader)
    url = reverse("comments:post", args=[article.pk])
    client.post(
        url, {"body": "A first one, to warm what is memoised"}, headers={"HX-Request": "true"}
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            url, {"body": "The harbour reopening is good news."}, headers={"HX-Request": "true"}
        )
    assert response.status_code == 200
    statements = [q["sql"] for q in queries.captured_queries if "SAVEPOINT" not in q["sql"]]
    # Session, reader, profile; the article, its view restrictions and its section's
    # default; the two posting-rate counters every web process shares; the author's
    # record and recent texts for screening; the comment, the count; its review and
    # audit entry. (22 before the write path was trimmed, without the shared counters.)
    assert len(statements) <= 14, "\n".join(s[:120] for s in statements)
