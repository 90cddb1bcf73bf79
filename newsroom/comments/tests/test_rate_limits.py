"""Posting too fast: a reader, and one network address, may post only so many comments a
minute; the refusal says so and the reader's text is kept."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment

pytestmark = pytest.mark.django_db


def post(client, article, body, **headers):
    return client.post(reverse("comments:post", args=[article.pk]), {"body": body}, **headers)


def test_a_reader_over_the_limit_is_refused_and_keeps_their_text(
    client, editions, reader, settings
):
    settings.COMMENTS_POSTS_PER_MINUTE = 3
    article = make_article()
    client.force_login(reader)
    for n in range(3):
        assert post(client, article, f"Comment {n}").status_code == 302
    refused = post(client, article, "The fourth, too soon")
    page = refused.content.decode()
    assert refused.status_code == 429
    assert "at most 3 comments a minute" in page and "The fourth, too soon" in page
    assert Comment.objects.count() == 3


def test_htmx_gets_the_reason_as_a_short_message(client, editions, reader, settings):
    settings.COMMENTS_POSTS_PER_MINUTE = 1
    article = make_article()
    client.force_login(reader)
    post(client, article, "First")
    refused = post(client, article, "Second", headers={"HX-Request": "true"})
    assert refused.status_code == 429 and "at most 1 comments a minute" in refused.content.decode()


def test_one_address_is_limited_across_readers(client, editions, make_reader, settings):
    settings.COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS = 2
    article = make_article()
    for n in range(3):
        client.force_login(make_reader(f"neighbour{n}"))
        response = post(client, article, f"From the same network {n}", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429
    assert "coming from your network" in response.content.decode()
    client.force_login(make_reader("elsewhere"))
    assert post(client, article, "Another network", REMOTE_ADDR="198.51.100.4").status_code == 302


def test_previews_do_not_count(client, editions, reader, settings):
    settings.COMMENTS_POSTS_PER_MINUTE = 1
    article = make_article()
    client.force_login(reader)
    url = reverse("comments:post", args=[article.pk])
    for _ in range(3):
        client.post(url, {"body": "Draft", "preview": "1"})
    assert post(client, article, "Now for real").status_code == 302


def test_staff_are_not_limited(client, editions, editor, settings):
    settings.COMMENTS_POSTS_PER_MINUTE = 1
    editor.is_staff = True
    editor.save()
    article = make_article()
    client.force_login(editor)
    assert [post(client, article, f"Answer {n}").status_code for n in range(3)] == [302] * 3
