"""One-click unsubscribe (/<edition>/newsletter/unsubscribe/<token>/, RFC 8058)."""

import pytest
from django.test import Client

from newsroom.newsletters.signing import unsubscribe_token
from newsroom.newsletters.tests.factories import make_subscriber

pytestmark = pytest.mark.django_db


def test_a_one_click_post_unsubscribes_with_no_cookie_and_no_csrf_token(editions):
    subscriber = make_subscriber("leaving@example.com")
    mail_client = Client(enforce_csrf_checks=True)  # what a mail provider's POST looks like
    response = mail_client.post(
        f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber.pk)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not response.cookies
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"


def test_opening_the_link_asks_first_and_changes_nothing(client, editions):
    subscriber = make_subscriber()
    response = client.get(f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber.pk)}/")
    assert response.status_code == 200
    assert "Stop receiving the newsletter" in response.text
    subscriber.refresh_from_db()
    assert subscriber.status == "subscribed"


def test_a_forged_token_changes_nothing(client, editions):
    subscriber = make_subscriber()
    forged = unsubscribe_token(subscriber.pk).split(":")[0] + ":forged"
    response = client.post(f"/en/newsletter/unsubscribe/{forged}/")
    assert response.status_code == 400
    assert "not valid" in response.text
    subscriber.refresh_from_db()
    assert subscriber.status == "subscribed"


def test_unsubscribing_twice_is_harmless(client, editions):
    subscriber = make_subscriber()
    url = f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber.pk)}/"
    assert client.post(url).status_code == client.post(url).status_code == 200
