"""A post retried after a dropped connection is stored once: the form carries a key and
a retry with it gets the comment saved the first time."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment, Discussion

pytestmark = pytest.mark.django_db


def test_a_retried_post_is_stored_once(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    page = client.get(article.url).content.decode()
    assert 'name="idempotency_key"' in page
    data = {"body": "Posted on a shaky train connection", "idempotency_key": "k" * 32}
    first = client.post(reverse("comments:post", args=[article.pk]), data)
    again = client.post(reverse("comments:post", args=[article.pk]), data)
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"]
    assert Comment.objects.filter(article=article).count() == 1
    assert Discussion.objects.get(pk=article.pk).comment_count == 1


def test_each_form_shown_has_its_own_key_and_htmx_gets_a_fresh_one(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    url = reverse("comments:post", args=[article.pk])
    first = client.post(
        url, {"body": "One", "idempotency_key": "a" * 32}, headers={"HX-Request": "true"}
    )
    body = first.content.decode()
    assert 'id="comment-key-new"' in body and 'hx-swap-oob="true"' in body
    assert 'value="' + "a" * 32 not in body
    client.post(url, {"body": "Two", "idempotency_key": "b" * 32})
    assert Comment.objects.filter(article=article).count() == 2


def test_another_reader_with_the_same_key_posts_their_own(client, editions, reader, other_reader):
    article = make_article()
    url = reverse("comments:post", args=[article.pk])
    for who in (reader, other_reader):
        client.force_login(who)
        client.post(url, {"body": f"by {who.username}", "idempotency_key": "same"})
    assert Comment.objects.filter(article=article).count() == 2


def test_a_mangled_key_is_refused_and_the_text_kept(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = client.post(
        reverse("comments:post", args=[article.pk]),
        {"body": "Keep me", "idempotency_key": "\u202e" * 70},
    )
    assert response.status_code == 400 and "Keep me" in response.content.decode()
    assert not Comment.objects.exists()
