"""The attack: a display name with a right-to-left override (U+202E) made the words
around it — "replied to your comment", the moderation queue — read backwards. Such
characters are refused, with a message naming them, wherever a name is set."""

import pytest
from django.contrib.auth import get_user_model

from newsroom.accounts.models import Profile

pytestmark = pytest.mark.django_db

CONTROLS = list("\u202e\u202a\u202b\u202c\u202d\u2066\u2069\u200e\u200f")


@pytest.mark.parametrize("control", CONTROLS)
def test_the_account_page_refuses_a_name_with_a_direction_control(
    client, editions, reader, control
):
    client.force_login(reader)
    response = client.post("/en/account/", {"display_name": f"Admin{control}nimda"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "invisible text-direction characters" in page
    assert f"U+{ord(control):04X}" in page
    reader.profile.refresh_from_db()
    assert reader.profile.display_name == "reader"


def test_signing_up_refuses_it_and_keeps_what_was_typed(client, editions):
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "trick@example.com",
            "display_name": "Moderator\u202e",
            "password1": "a long and odd passphrase",
            "password2": "a long and odd passphrase",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "invisible text-direction characters (U+202E)" in page
    assert 'value="trick@example.com"' in page
    assert not get_user_model().objects.filter(email="trick@example.com").exists()


def test_arabic_and_mixed_script_names_are_accepted(client, editions, reader):
    client.force_login(reader)
    assert client.post("/en/account/", {"display_name": "سارة Smith ١٢"}).status_code == 302
    reader.profile.refresh_from_db()
    assert reader.profile.display_name == "سارة Smith ١٢"


def test_a_name_made_from_the_account_leaves_them_out(db, django_user_model):
    user = django_user_model.objects.create_user(
        "someone", "x@example.com", "pw", first_name="Ev\u202eil", last_name="One"
    )
    assert Profile.objects.get(user=user).display_name == "Evil One"
