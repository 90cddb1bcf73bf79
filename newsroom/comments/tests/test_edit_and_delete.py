"""Editing and deleting one's own comment: /comments/c/<id>/edit/ and /delete/."""

import pytest
from django.urls import reverse

from newsroom.comments.models import Comment, Discussion
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_the_author_edits_within_the_window_and_it_is_re_rendered(client, editions, reader):
    comment = make_comment(author=reader, body="plain")
    client.force_login(reader)
    form = client.get(reverse("comments:edit", args=[comment.pk]))
    assert form.status_code == 200 and "plain" in form.content.decode()
    response = client.post(reverse("comments:edit", args=[comment.pk]), {"body": "now *em*"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body_html == "<p>now <em>em</em></p>\n" and comment.is_edited


def test_an_edit_that_is_too_long_keeps_the_text(client, editions, reader, settings):
    settings.COMMENTS_MAX_LENGTH = 100
    comment = make_comment(author=reader, body="short")
    client.force_login(reader)
    text = "x" * 150
    response = client.post(reverse("comments:edit", args=[comment.pk]), {"body": text})
    assert response.status_code == 400 and text in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "short"


def test_delete_asks_first_without_javascript(client, editions, reader):
    comment = make_comment(author=reader)
    client.force_login(reader)
    page = client.get(reverse("comments:delete", args=[comment.pk]))
    assert page.status_code == 200 and "Delete your comment?" in page.content.decode()
    comment.refresh_from_db()
    assert not comment.is_deleted


def test_delete_blanks_the_text_and_lowers_the_count(client, editions, reader):
    comment = make_comment(author=reader, body="secret")
    client.force_login(reader)
    client.post(reverse("comments:delete", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.is_deleted and comment.body == "" and comment.body_html == ""
    assert Discussion.objects.get(pk=comment.article_id).comment_count == 0
    again = client.post(reverse("comments:delete", args=[comment.pk]))
    assert again.status_code == 403
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_deleting_from_two_tabs_at_once_counts_once(editions, reader):
    from newsroom.comments.actions import do_delete_comment

    kept = make_comment(author=reader, body="stays")
    comment = make_comment(author=kept.article and reader, article=kept.article, body="goes")
    first_tab = Comment.objects.get(pk=comment.pk)
    second_tab = Comment.objects.get(pk=comment.pk)  # loaded before the first deletes
    assert do_delete_comment(first_tab) is True
    assert do_delete_comment(second_tab) is False
    assert Discussion.objects.get(pk=comment.article_id).comment_count == 1


def test_an_edit_with_a_nul_character_is_refused_clearly(client, editions, reader):
    comment = make_comment(author=reader, body="before")
    client.force_login(reader)
    response = client.post(reverse("comments:edit", args=[comment.pk]), {"body": "a\x00b"})
    assert response.status_code == 400
    assert "character we cannot store" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "before"
