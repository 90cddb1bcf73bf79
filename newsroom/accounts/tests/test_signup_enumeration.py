"""The attack: sign-up told whether an address is registered (a new one was signed in at
once, a registered one was not). Both now get the same answer."""

import re

import pytest
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db


def _sign_up(email: str):
    client = Client()
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": email,
            "display_name": "Curious Person",
            "password1": "a long and odd passphrase",
            "password2": "a long and odd passphrase",
        },
    )
    page = client.get(response["Location"]) if response.status_code == 302 else response
    return client, response, page


def _comparable(page, email: str) -> str:
    html = page.content.decode().replace(email, "EMAIL")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_signing_up_answers_the_same_for_a_new_and_a_registered_address(editions, reader):
    assert_settings_prevent_enumeration()
    new_client, new_answer, new_page = _sign_up("stranger@example.com")
    old_client, old_answer, old_page = _sign_up(reader.email)

    assert new_answer.status_code == old_answer.status_code == 302
    assert new_answer["Location"] == old_answer["Location"]
    assert new_page.status_code == old_page.status_code == 200
    assert _comparable(new_page, "stranger@example.com") == _comparable(old_page, reader.email)
    # Neither is signed in by the answer.
    assert "_auth_user_id" not in new_client.session
    assert "_auth_user_id" not in old_client.session
    # Each address got one email: a confirmation, or "you already have an account".
    assert sorted(m.to[0] for m in mail.outbox) == sorted(["stranger@example.com", reader.email])


def assert_settings_prevent_enumeration():
    from allauth.account import app_settings

    assert app_settings.PREVENT_ENUMERATION is True


def test_the_new_reader_is_signed_in_by_following_the_confirmation_link(editions):
    client, _answer, _page = _sign_up("stranger@example.com")
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body)
    client.post("/" + link.group(0).split("/", 3)[3])
    assert "_auth_user_id" in client.session
