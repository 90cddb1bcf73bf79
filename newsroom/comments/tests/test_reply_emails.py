"""Reply notifications: a task emails the parent's author, after the request commits."""

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult

from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_a_reply_emails_the_parent_author_over_smtp(
    editions, reader, other_reader, smtp_server, django_capture_on_commit_callbacks
):
    parent = make_comment(author=reader, body="My view")
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(author=other_reader, body="A *reply*", parent=parent)
    [(recipients, message)] = smtp_server.messages
    assert recipients == [reader.email]
    assert message["Subject"] == "other_reader replied to your comment"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/account/reply-emails-off/" in message["List-Unsubscribe"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "A *reply*" in text and "<em>reply</em>" in html
    assert f"?comment={parent.pk + 1}#c{parent.pk + 1}" in text


def test_nothing_is_sent_during_the_request_itself(client, editions, reader, other_reader):
    parent = make_comment(author=reader)
    client.force_login(other_reader)
    client.post(f"/en/comments/{parent.article_id}/post/", {"body": "hi", "parent": parent.pk})
    # The test's transaction never commits, so the on-commit task never ran.
    assert mail.outbox == []


def test_no_email_to_readers_who_turned_them_off_or_reply_to_themselves(
    editions, reader, other_reader, django_capture_on_commit_callbacks
):
    parent = make_comment(author=reader)
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(author=reader, body="talking to myself", parent=parent)
    reader.profile.notify_on_reply = False
    reader.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(author=other_reader, body="hello", parent=parent)
    assert mail.outbox == []


def test_the_email_is_queued_as_a_background_task(
    editions, reader, other_reader, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    parent = make_comment(author=reader)
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(author=other_reader, body="queued", parent=parent)
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path__endswith="notify_reply").count() == 1


def test_it_does_not_html_escape_names_in_the_subject_and_text(
    editions, reader, other_reader, smtp_server, django_capture_on_commit_callbacks
):
    # The attack (a bug a reader sees): "O'Brien" arrived as "O&#x27;Brien".
    other_reader.profile.display_name = "Seán O'Brien & <Co>"
    other_reader.profile.save()
    parent = make_comment(author=reader, body="My view")
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(author=other_reader, body="Tom & Jerry's <b>view</b>", parent=parent)
    [(_recipients, message)] = smtp_server.messages
    assert message["Subject"] == "Seán O'Brien & <Co> replied to your comment"
    text = message.get_body(("plain",)).get_content()
    assert "Seán O'Brien & <Co> replied" in text
    assert "Tom & Jerry's <b>view</b>" in text
    assert "&#x27;" not in text and "&amp;" not in text
    # The HTML part is still escaped, as any page is.
    html = message.get_body(("html",)).get_content()
    assert "O&#x27;Brien &amp; &lt;Co&gt;" in html
