"""Every app's refusal is one family (core.refusals.Refused), answered in one place: a
page, an htmx fragment or JSON, with the message and the refusal's status."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.errors import CommentRefused
from newsroom.comments.tests.factories import make_comment
from newsroom.core.refusals import Refused
from newsroom.imports.errors import ImportRefused
from newsroom.moderation.actions import ModerationRefused
from newsroom.newsletters.errors import NewsletterRefused

pytestmark = pytest.mark.django_db

MESSAGE = "A vote is up or down."


def _bad_vote(client, comment, **headers):
    return client.post(reverse("comments:vote", args=[comment.pk]), {"value": "x"}, **headers)


@pytest.fixture
def signed_in(client, editions, reader, other_reader):
    client.force_login(reader)
    return make_comment(author=other_reader)


def test_every_apps_refusal_is_one_family():
    for family in (CommentRefused, ModerationRefused, NewsletterRefused, ImportRefused):
        assert issubclass(family, Refused), family
        refused = family("Not like that.")
        assert refused.message == "Not like that." and 400 <= refused.status < 500


def test_a_page_gets_a_page_with_the_message_and_the_status(client, signed_in):
    response = _bad_vote(client, signed_in)
    assert response.status_code == 400
    html = response.content.decode()
    assert MESSAGE in html and "data-back-link" in html and "<html" in html


def test_htmx_gets_just_the_message_to_show_beside_the_button(client, signed_in):
    response = _bad_vote(client, signed_in, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert response.content.decode() == MESSAGE


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_X_REQUESTED_WITH": "fetch"}, {"HTTP_ACCEPT": "application/json"}],
    ids=["fetch", "accept"],
)
def test_scripts_get_json_with_the_message(client, signed_in, headers):
    response = _bad_vote(client, signed_in, **headers)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"ok": False, "message": MESSAGE, "detail": MESSAGE}


def test_the_api_answers_its_refusals_in_the_same_json(client, editions):
    response = client.get("/api/comment-counts", {"ids": "1,x"})
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False and body["message"] == body["detail"]
    assert "ids" in body["message"]


def test_a_signed_out_visitor_is_sent_to_sign_in_from_a_page_and_told_elsewhere(
    client, editions, other_reader
):
    comment = make_comment(author=other_reader)
    page = _bad_vote(client, comment, HTTP_REFERER=comment.article.url)
    assert page.status_code == 302 and page["Location"].startswith(reverse("account_login"))
    assert "next=" in page["Location"]
    fragment = _bad_vote(client, comment, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 401 and "sign in" in fragment.content.decode()
    script = _bad_vote(client, comment, HTTP_X_REQUESTED_WITH="fetch")
    assert script.status_code == 401 and "sign in" in script.json()["message"]


def test_a_form_that_says_where_it_came_from_goes_back_there_with_the_message(client, signed_in):
    back = signed_in.article.url
    response = client.post(
        reverse("comments:vote", args=[signed_in.pk]), {"value": "x", "next": back}, follow=True
    )
    assert response.redirect_chain[0] == (back, 302)
    assert MESSAGE in [str(message) for message in response.context["messages"]]


def test_it_never_goes_back_to_another_site(client, signed_in):
    response = client.post(
        reverse("comments:vote", args=[signed_in.pk]),
        {"value": "x", "next": "https://elsewhere.example/"},
    )
    assert response.status_code == 400 and MESSAGE in response.content.decode()


def test_a_refused_comment_comes_back_in_its_form(client, editions, reader, settings):
    settings.COMMENTS_MAX_LENGTH = 20
    client.force_login(reader)
    body = "Every word of this stays in the form."
    response = client.post(reverse("comments:post", args=[make_article().pk]), {"body": body})
    assert response.status_code == 400
    html = response.content.decode()
    assert body in html and "the limit is 20" in html


@pytest.mark.parametrize("back", ["2528099002214576", "account", "https://elsewhere.example/"])
def test_a_form_whose_next_is_not_a_path_here_gets_the_page_not_a_redirect(
    client, editions, reader, other_reader, back
):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    url = reverse("comments:edit", args=[comment.pk])
    response = client.post(url, {"body": "Not mine to edit", "next": back})
    assert response.status_code < 500
    assert response.get("Location", "") != back
