"""Who may do what to a comment: every write is checked on the server.

Personas: signed out, unverified (registered, email not confirmed), a verified reader,
the comment's author, and another reader.
"""

import pytest
from django.urls import reverse

from newsroom.comments.models import Comment, Report, Vote
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(editions, author):
    return make_comment(author=author, body="The original text")


def _persona(request, name):
    return None if name == "signed_out" else request.getfixturevalue(name)


def _act(client, action, comment):
    url = reverse(f"comments:{action}", args=[comment.pk])
    if action == "post":
        url = reverse("comments:post", args=[comment.article_id])
        return client.post(url, {"body": "A new one"})
    if action == "reply":
        url = reverse("comments:post", args=[comment.article_id])
        return client.post(url, {"body": "A reply", "parent": comment.pk})
    data = {
        "edit": {"body": "Changed text"},
        "delete": {},
        "vote": {"value": "1"},
        "report": {"reason": "spam"},
    }[action]
    return client.post(url, data)


def _happened(action, comment) -> bool:
    comment.refresh_from_db()
    return {
        "post": Comment.objects.filter(body="A new one").exists(),
        "reply": Comment.objects.filter(parent=comment).exists(),
        "edit": comment.body == "Changed text",
        "delete": comment.is_deleted,
        "vote": Vote.objects.filter(comment=comment).exists(),
        "report": Report.objects.filter(comment=comment).exists(),
    }[action]


ALLOWED = {
    # action: personas who may
    "post": {"reader", "author", "other_reader"},
    "reply": {"reader", "author", "other_reader"},
    "edit": {"author"},
    "delete": {"author"},
    "vote": {"reader", "other_reader"},
    "report": {"reader", "other_reader"},
}
PERSONAS = ["signed_out", "unverified_reader", "reader", "author", "other_reader"]


@pytest.mark.parametrize("action", list(ALLOWED))
@pytest.mark.parametrize("persona", PERSONAS)
def test_the_permission_matrix(request, client, comment, action, persona):
    user = _persona(request, persona)
    if user is not None:
        client.force_login(user)
    response = _act(client, action, comment)
    allowed = persona in ALLOWED[action]
    assert _happened(action, comment) is allowed, f"{persona} {action}: {response.status_code}"
    if not allowed:
        if persona == "signed_out":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 403


def test_a_signed_out_reader_is_sent_to_sign_in_and_back(client, comment):
    response = client.post(
        reverse("comments:post", args=[comment.article_id]),
        {"body": "Hello"},
        HTTP_REFERER=f"http://testserver{comment.article.url}",
    )
    assert response.status_code == 302
    assert "next=" in response["Location"] and "/accounts/login/" in response["Location"]


def test_htmx_gets_the_reason_as_a_short_message(client, comment, unverified_reader):
    client.force_login(unverified_reader)
    response = client.post(
        reverse("comments:vote", args=[comment.pk]), {"value": "1"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 403
    assert "confirm your email address" in response.content.decode()


def test_the_edit_window_closes_after_fifteen_minutes(client, comment, author, settings):
    Comment.objects.filter(pk=comment.pk).update(
        created_at=comment.created_at - __import__("datetime").timedelta(minutes=16)
    )
    client.force_login(author)
    response = client.post(reverse("comments:edit", args=[comment.pk]), {"body": "Too late"})
    assert response.status_code == 403
    assert "The time for editing this comment has passed." in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "The original text"


def test_a_deleted_comment_cannot_be_voted_on_or_replied_to(client, comment, author, reader):
    client.force_login(author)
    client.post(reverse("comments:delete", args=[comment.pk]))
    client.force_login(reader)
    assert (
        client.post(reverse("comments:vote", args=[comment.pk]), {"value": "1"}).status_code == 403
    )
    reply = client.post(
        reverse("comments:post", args=[comment.article_id]), {"body": "Hi", "parent": comment.pk}
    )
    assert reply.status_code == 403
    assert not Vote.objects.exists() and not Comment.objects.filter(parent=comment).exists()


def test_nobody_can_act_on_a_comment_that_does_not_exist(client, reader):
    client.force_login(reader)
    for action in ("edit", "delete", "vote", "report"):
        assert client.post(reverse(f"comments:{action}", args=[999999])).status_code == 404


def test_writes_need_a_csrf_token(editions, comment, reader):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reader)
    response = strict.post(reverse("comments:vote", args=[comment.pk]), {"value": "1"})
    assert response.status_code == 403
    assert not Vote.objects.exists()
