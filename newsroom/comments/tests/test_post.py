"""Posting a comment or a reply: POST /<lang>/comments/<article>/post/."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment, Discussion
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def _post(client, article, **data):
    return client.post(reverse("comments:post", args=[article.pk]), data)


def test_a_verified_reader_posts_and_lands_on_the_new_comment(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = _post(client, article, body="**Bold** claim, and:\n\n- one\n- two")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?comment={comment.pk}#c{comment.pk}"
    assert comment.body_html.startswith("<p><strong>Bold</strong> claim")
    assert "<ul>" in comment.body_html
    assert Discussion.objects.get(pk=article.pk).comment_count == 1
    page = client.get(response["Location"]).content.decode()
    assert f'id="c{comment.pk}"' in page and "<strong>Bold</strong>" in page


def test_a_reply_nests_under_its_parent_and_counts(client, editions, reader, other_reader):
    parent = make_comment(author=other_reader)
    client.force_login(reader)
    response = _post(client, parent.article, body="I disagree.", parent=parent.pk)
    assert response.status_code == 302
    reply = Comment.objects.get(parent=parent)
    parent.refresh_from_db()
    assert (reply.depth, reply.root_id, parent.reply_count) == (1, parent.pk, 1)
    assert Discussion.objects.get(pk=parent.article_id).comment_count == 2


def test_an_empty_comment_is_refused_with_a_message(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = _post(client, article, body="   ")
    assert response.status_code == 400
    assert "Your comment is empty." in response.content.decode()
    assert not Comment.objects.exists()


def test_an_overlong_comment_comes_back_with_the_text_kept(client, editions, reader, settings):
    settings.COMMENTS_MAX_LENGTH = 100
    article = make_article()
    client.force_login(reader)
    text = "word " * 40
    response = _post(client, article, body=text)
    html = response.content.decode()
    assert response.status_code == 400
    assert "the limit is 100" in html
    assert text.strip() in html  # nothing the reader wrote is lost
    assert not Comment.objects.exists()


def test_with_htmx_the_new_comment_comes_back_as_a_fragment(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = client.post(
        reverse("comments:post", args=[article.pk]), {"body": "In place"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith("<li") and "In place" in html and "<html" not in html


def test_preview_renders_without_saving(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = _post(client, article, body="*soft*", preview="1")
    assert "<em>soft</em>" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_closed_article_takes_no_comments(client, editions, reader):
    article = make_article()
    article.commenting = "closed"
    article.save_revision().publish()
    client.force_login(reader)
    response = _post(client, article, body="Let me in")
    assert response.status_code == 403
    assert "Comments are closed" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_section_can_close_comments_by_default(client, editions, reader):
    article = make_article()
    section = article.get_parent().specific
    section.comments_open_by_default = False
    section.save_revision().publish()
    client.force_login(reader)
    assert _post(client, article, body="Hello").status_code == 403
    page = client.get(article.url).content.decode()
    assert "Comments are closed on this article" in page
