"""Following the confirmation link (/<edition>/newsletter/confirm/<token>/)."""

import time

import pytest
from django.core import signing

from newsroom.newsletters.models import Subscriber
from newsroom.newsletters.signing import confirmation_token

pytestmark = pytest.mark.django_db


def test_confirming_subscribes_the_address_to_the_chosen_edition(client, editions):
    url = f"/en/newsletter/confirm/{confirmation_token('sam@example.com', 'fr')}/"
    page = client.get(url)
    assert page.status_code == 200 and "sam@example.com" in page.text
    assert not Subscriber.objects.exists()  # a link scanner's GET confirms nothing
    done = client.post(url)
    assert done.status_code == 200
    assert "You are subscribed to the Français newsletter" in done.text
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == (
        "sam@example.com",
        "fr",
        "subscribed",
    )


def test_confirming_twice_or_after_unsubscribing_keeps_one_subscription(client, editions):
    url = f"/en/newsletter/confirm/{confirmation_token('sam@example.com', 'en')}/"
    client.post(url)
    Subscriber.objects.update(status=Subscriber.Status.UNSUBSCRIBED)
    client.post(url)
    assert Subscriber.objects.get().status == "subscribed"


def test_an_expired_link_is_refused_with_a_clear_message(client, editions, settings, monkeypatch):
    eight_days_ago = time.time() - 8 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: eight_days_ago)
    token = confirmation_token("late@example.com", "en")
    monkeypatch.undo()
    response = client.post(f"/en/newsletter/confirm/{token}/")
    assert response.status_code == 400
    assert "not valid or has expired" in response.text
    assert not Subscriber.objects.exists()


def test_a_tampered_link_is_refused(client, editions):
    token = confirmation_token("sam@example.com", "en")
    response = client.post(f"/en/newsletter/confirm/{token[:-2]}xx/")
    assert response.status_code == 400
    assert not Subscriber.objects.exists()
