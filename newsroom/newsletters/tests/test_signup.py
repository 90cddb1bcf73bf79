"""Signing up (/<edition>/newsletter/): a double opt-in email, the same answer for everyone."""

import re

import pytest

from newsroom.articles.tests.factories import make_article
from newsroom.newsletters.models import Subscriber
from newsroom.newsletters.tests.factories import make_subscriber

pytestmark = pytest.mark.django_db


def _confirm_link(message) -> str:
    text = message.get_body(("plain",)).get_content()
    match = re.search(r"https?://\S+/newsletter/confirm/\S+/", text)
    assert match, text
    return match.group(0)


def test_signing_up_sends_a_confirmation_over_smtp_and_stores_nothing_yet(
    client, editions, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/newsletter/", {"email": "New.Reader@Example.com", "edition": "de"}
        )
    assert response.status_code == 200
    assert "Check your inbox" in response.text
    [(recipients, message)] = smtp_server.messages
    assert recipients == ["new.reader@example.com"]
    assert message.get_content_type() == "multipart/alternative"
    assert message["Message-ID"]
    # The email is in the chosen edition's language, and so is its link.
    assert "/de/newsletter/confirm/" in _confirm_link(message)
    assert "/de/newsletter/confirm/" in message.get_body(("html",)).get_content()
    assert not Subscriber.objects.exists()


def test_signing_up_again_answers_the_same_and_does_not_flood_the_inbox(
    client, editions, smtp_server, django_capture_on_commit_callbacks
):
    make_subscriber("known@example.com", "en")
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/en/newsletter/", {"email": "known@example.com", "edition": "en"})
        new = client.post("/en/newsletter/", {"email": "unknown@example.com", "edition": "en"})
        again = client.post("/en/newsletter/", {"email": "unknown@example.com", "edition": "en"})
    strip = lambda html: re.sub(r"\S+@example\.com", "ADDRESS", html)  # noqa: E731
    assert strip(known.text) == strip(new.text) == strip(again.text)
    assert known.status_code == new.status_code == again.status_code == 200
    # One confirmation per address in the cooldown; the subscribed one is unchanged.
    assert sorted(r[0] for r, _m in smtp_server.messages) == [
        "known@example.com",
        "unknown@example.com",
    ]
    assert Subscriber.objects.get(email="known@example.com").status == "subscribed"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not-an-address", "edition": "en"}, "Please enter a valid email address"),
        ({"email": "", "edition": "en"}, "Please enter your email address"),
        ({"email": "a@example.com", "edition": "xx"}, "Please choose one of the editions"),
    ],
)
def test_bad_input_gets_a_clear_message(client, editions, data, message):
    response = client.post("/en/newsletter/", data)
    assert response.status_code == 400
    assert message in response.text


def test_the_signup_page_exists_in_every_edition(client, editions):
    for code in ("en", "ar", "es", "ru", "de", "fr", "sr"):
        response = client.get(f"/{code}/newsletter/")
        assert response.status_code == 200
        assert f'<option value="{code}" lang="{code}" selected>' in response.text


def test_every_page_carries_the_form_and_it_works_from_a_cached_copy(
    editions, smtp_server, django_capture_on_commit_callbacks
):
    from django.test import Client

    article = make_article(title="Harbour reopens")
    browser = Client(enforce_csrf_checks=True)  # as strict as a real browser session
    first = browser.get(article.url)
    cached = browser.get(article.url)
    assert cached.headers.get("X-Page-Cache") == "hit"
    assert 'id="newsletter-footer"' in cached.text
    assert "csrfmiddlewaretoken" not in cached.text.split('id="newsletter-footer"')[1]
    assert first.text == cached.text
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post("/en/newsletter/", {"email": "c@example.com", "edition": "en"})
    assert response.status_code == 200
    assert len(smtp_server.messages) == 1


def test_one_network_cannot_sign_up_without_limit(client, editions, settings):
    for number in range(20):
        client.post("/en/newsletter/", {"email": f"n{number}@example.com", "edition": "en"})
    response = client.post("/en/newsletter/", {"email": "last@example.com", "edition": "en"})
    assert response.status_code == 429
    assert "Too many signups" in response.text


def test_it_escapes_markup_in_the_address_it_echoes(client, editions):
    response = client.post(
        "/en/newsletter/", {"email": '"<script>x</script>"@example.com', "edition": "en"}
    )
    assert "<script>x</script>" not in response.text


def test_pages_with_their_own_address_field_do_not_get_a_second_one(client, editions):
    for path in ("/en/accounts/login/", "/en/accounts/signup/", "/en/newsletter/"):
        assert 'id="newsletter-footer"' not in client.get(path).text, path
    assert 'id="newsletter-page"' in client.get("/en/newsletter/").text
