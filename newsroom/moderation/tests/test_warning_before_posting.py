"""POST /comments/<article>/post/ through the pipeline: one warning before a likely-toxic
comment; posted anyway, it is held, seen by its author only; a rejected one says why."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.moderation.models import AuditEntry
from newsroom.moderation.tests.factories import listed

pytestmark = pytest.mark.django_db

TOXIC = "Shut up you stupid bitch, you are worthless trash"


def post(client, article, body, headers=None, **fields):
    url = reverse("comments:post", args=[article.pk])
    return client.post(url, {"body": body, **fields}, headers=headers or {})


def test_a_likely_toxic_comment_gets_one_warning_and_nothing_is_saved(
    client, editions, reader, rules
):
    article = make_article()
    client.force_login(reader)
    response = post(client, article, TOXIC)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Before you post" in page and 'name="warned" value="on"' in page
    assert TOXIC in page  # the reader's words come back to rephrase
    assert not Comment.objects.exists()
    assert AuditEntry.objects.get().action == "warned"


def test_posted_anyway_it_is_held_and_only_its_author_sees_it(
    client, editions, reader, other_reader, rules
):
    article = make_article()
    client.force_login(reader)
    response = post(client, article, TOXIC, warned="on")
    comment = Comment.objects.get()
    assert response.status_code == 302 and comment.status == "pending"
    assert "A moderator will read it first" in comment.status_reason
    own_view = client.get(article.url).content.decode()
    assert "Awaiting moderation" in own_view and "worthless trash" in own_view
    client.force_login(other_reader)
    assert "worthless trash" not in client.get(article.url).content.decode()
    client.logout()
    assert "worthless trash" not in client.get(article.url).content.decode()


def test_rephrased_after_the_warning_it_is_published(client, editions, reader, rules):
    article = make_article()
    client.force_login(reader)
    post(client, article, TOXIC)
    post(client, article, "I think the minister misled us about the dam.", warned="on")
    assert Comment.objects.get().status == "published"


def test_htmx_gets_the_form_back_in_place_with_the_warning(client, editions, reader, rules):
    article = make_article()
    client.force_login(reader)
    response = post(client, article, TOXIC, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#comment-form-new"
    assert response["HX-Reswap"] == "outerHTML"
    assert 'id="comment-form-new"' in response.content.decode()


def test_a_rejected_comment_tells_its_author_why(client, editions, reader, rules):
    listed("casinobonus", "block")
    article = make_article()
    client.force_login(reader)
    post(client, article, "Great casinobonus here")
    page = client.get(article.url).content.decode()
    assert "Rejected" in page and "words our commenting policy does not allow" in page
