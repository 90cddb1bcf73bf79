"""Registering, confirming the address, signing in: allauth under /<lang>/accounts/."""

import re

import pytest
from django.core import mail

from newsroom.accounts.models import Profile

pytestmark = pytest.mark.django_db


def _register(client, email="new@example.com", name="Nadia R."):
    return client.post(
        "/en/accounts/signup/",
        {
            "email": email,
            "display_name": name,
            "password1": "a long and odd passphrase",
            "password2": "a long and odd passphrase",
        },
    )


def test_registering_takes_a_display_name_and_sends_a_confirmation(client, editions):
    response = _register(client)
    assert response.status_code == 302
    profile = Profile.objects.get(user__email="new@example.com")
    assert profile.display_name == "Nadia R." and not profile.email_verified
    assert len(mail.outbox) == 1 and "/accounts/confirm-email/" in mail.outbox[0].body


def test_following_the_link_confirms_the_address(client, editions):
    _register(client)
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body)
    path = "/" + link.group(0).split("/", 3)[3]
    client.post(path)
    assert Profile.objects.get(user__email="new@example.com").email_verified


def test_a_blank_display_name_is_refused_with_a_message(client, editions):
    response = _register(client, name="  ")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_the_header_says_sign_in_and_keeps_the_page_to_return_to(client, editions):
    html = client.get("/en/").content.decode()
    assert 'href="/en/accounts/login/?next=/en/"' in html and "Sign In" in html


def test_repeated_failed_sign_ins_are_throttled(client, editions, reader):
    for _ in range(6):
        response = client.post(
            "/en/accounts/login/", {"login": reader.email, "password": "wrong password"}
        )
    assert "Too many failed login attempts" in response.content.decode()
    # Even the right password is refused while the throttle lasts.
    response = client.post(
        "/en/accounts/login/", {"login": reader.email, "password": "correct horse battery"}
    )
    assert "_auth_user_id" not in client.session


def test_confirming_brings_the_reader_back_to_the_comment_box(client, editions):
    back = "/en/world-news/some-story/#comment-form"
    client.post(
        f"/en/accounts/signup/?next={back.replace('#', '%23')}",
        {
            "email": "back@example.com",
            "display_name": "Back Again",
            "password1": "a long and odd passphrase",
            "password2": "a long and odd passphrase",
            "next": back,
        },
    )
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body)
    response = client.post("/" + link.group(0).split("/", 3)[3])
    assert response.status_code == 302 and response["Location"] == back


def test_a_foreign_next_is_not_remembered(client, editions):
    _register_with_next = client.post(
        "/en/accounts/signup/",
        {
            "email": "evil@example.com",
            "display_name": "Evil",
            "password1": "a long and odd passphrase",
            "password2": "a long and odd passphrase",
            "next": "https://evil.example/",
        },
    )
    assert _register_with_next.status_code in (200, 302)
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body)
    response = client.post("/" + link.group(0).split("/", 3)[3])
    assert "evil.example" not in response["Location"]
