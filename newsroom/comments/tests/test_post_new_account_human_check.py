"""A new account shows it is a person with its first comment of a session (a proof of
work, or a wait without JavaScript); established readers are never asked."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.core.tests.humans_helpers import solved_proof, ticket_issued

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _checks_on(settings):
    settings.HUMAN_CHECKS = True
    settings.HUMAN_CHECK_NEW_ACCOUNT_DAYS = 7


def _post(client, article, **data):
    return client.post(reverse("comments:post", args=[article.pk]), data)


def test_a_new_account_without_a_proof_gets_its_text_back_and_a_ticket(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = _post(client, article, body="My first words here.")
    assert response.status_code == 400
    assert "My first words here." in response.text
    assert 'name="human_ticket"' in response.text
    assert not Comment.objects.exists()
    again = _post(client, article, body="My first words here.", human_ticket=ticket_issued(11))
    assert again.status_code == 302
    assert Comment.objects.count() == 1


def test_a_proof_counts_for_the_rest_of_the_session(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    assert _post(client, article, body="First.", altcha=solved_proof(client)).status_code == 302
    assert _post(client, article, body="Second, no proof needed.").status_code == 302
    assert Comment.objects.count() == 2


def test_the_comment_form_of_a_new_account_carries_the_widget(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    assert 'id="comment-new-website"' in client.get(article.url).text


def test_an_established_reader_is_not_asked(client, editions, reader):
    reader.date_joined = timezone.now() - timedelta(days=30)
    reader.save()
    article = make_article()
    client.force_login(reader)
    page = client.get(article.url).text
    assert 'id="comment-form-new"' in page and 'id="comment-new-website"' not in page
    assert _post(client, article, body="I have been here for years.").status_code == 302


def test_a_filled_honeypot_posts_nothing(client, editions, reader):
    article = make_article()
    client.force_login(reader)
    response = _post(client, article, body="Buy now", altcha=solved_proof(client), website="x")
    assert response.status_code == 400
    assert not Comment.objects.exists()
