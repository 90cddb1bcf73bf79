"""The account page: /<lang>/account/, and deleting the account (the data download is
tested in newsroom/tests/test_reader_data.py)."""

import pytest
from django.contrib.auth import get_user_model

from newsroom.accounts.signing import reply_emails_off_token
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_signed_out_visitors_are_sent_to_sign_in(client, editions):
    response = client.get("/en/account/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_reader_changes_display_name_and_reply_emails(client, editions, reader):
    client.force_login(reader)
    response = client.post("/en/account/", {"display_name": "New Name"})
    assert response.status_code == 302
    reader.profile.refresh_from_db()
    assert reader.profile.display_name == "New Name" and not reader.profile.notify_on_reply


def test_deleting_the_account_needs_the_password(client, editions, reader):
    client.force_login(reader)
    response = client.post("/en/account/delete/", {"password": "wrong"})
    assert response.status_code == 200 and "That is not your password." in response.content.decode()
    assert get_user_model().objects.filter(pk=reader.pk).exists()


def test_deleting_the_account_leaves_comments_as_deleted_user(client, editions, reader):
    comment = make_comment(author=reader, body="still useful")
    client.force_login(reader)
    response = client.post("/en/account/delete/", {"password": "correct horse battery"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=reader.pk).exists()
    comment = Comment.objects.get(pk=comment.pk)
    assert comment.author is None and comment.author_name == "deleted user"
    html = client.get(comment.article.url).content.decode()
    assert "still useful" in html and "deleted user" in html


def test_the_reply_email_link_turns_them_off_without_signing_in(client, editions, reader):
    url = f"/en/account/reply-emails-off/{reply_emails_off_token(reader)}/"
    page = client.get(url)
    assert page.status_code == 200 and "Turn off reply emails" in page.content.decode()
    reader.profile.refresh_from_db()
    assert reader.profile.notify_on_reply  # a GET (a mail scanner) changes nothing
    client.post(url, {"List-Unsubscribe": "One-Click"})
    reader.profile.refresh_from_db()
    assert not reader.profile.notify_on_reply


def test_a_forged_reply_email_link_is_refused(client, editions, reader):
    response = client.post("/en/account/reply-emails-off/not-a-token/")
    assert response.status_code == 400
    reader.profile.refresh_from_db()
    assert reader.profile.notify_on_reply
