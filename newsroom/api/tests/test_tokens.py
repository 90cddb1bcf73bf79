"""Personal API tokens: made and revoked on the account page, shown once, hashed at rest,
limited to their scopes; revoked, expired or unknown ones are refused with the reason."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.api.actions import do_create_token
from newsroom.api.models import PersonalToken, digest_of
from newsroom.api.tests.conftest import Api, token

pytestmark = pytest.mark.django_db


def test_a_reader_makes_a_token_on_the_account_page_and_sees_it_once(client, editions, reader):
    client.force_login(reader)
    page = client.get(reverse("account")).content.decode()
    assert "API tokens" in page and "You have no API tokens." in page
    made = client.post(
        reverse("api-token-create"), {"name": "Phone app", "scopes": ["read", "write"]}
    )
    assert made.status_code == 200 and "no-store" in made["Cache-Control"]
    raw = made.context["raw"]
    assert raw.startswith("nrt_") and raw in made.content.decode()
    stored = PersonalToken.objects.get()
    assert stored.digest == digest_of(raw) and raw not in str(stored.__dict__.values())
    assert stored.scopes == ["read", "write"]
    listed = client.get(reverse("account")).content.decode()
    assert "Phone app" in listed and raw not in listed and f"nrt_{stored.shown}" in listed
    assert Api(client, raw).get("/api/me").json()["scopes"] == ["read", "write"]


def test_a_reader_revokes_a_token_and_it_stops_working(client, editions, reader):
    raw = token(reader, "read")
    stored = PersonalToken.objects.get()
    client.force_login(reader)
    assert client.post(reverse("api-token-revoke", args=[stored.pk])).status_code == 302
    client.logout()
    refused = Api(client, raw).get("/api/me")
    assert refused.status_code == 401 and refused.json()["detail"] == (
        "That API token has been revoked."
    )
    assert "test app" not in _account_page(client, reader)


def _account_page(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("account")).content.decode()


def test_nobody_revokes_someone_elses_token(client, editions, reader, other_reader):
    token(reader, "read")
    stored = PersonalToken.objects.get()
    client.force_login(other_reader)
    assert client.post(reverse("api-token-revoke", args=[stored.pk])).status_code == 404
    stored.refresh_from_db()
    assert stored.revoked_at is None


def test_only_moderators_make_moderating_tokens(client, editions, reader, moderator):
    client.force_login(reader)
    client.post(reverse("api-token-create"), {"name": "Sneaky", "scopes": ["moderate"]})
    assert not PersonalToken.objects.exists()
    client.force_login(moderator)
    made = client.post(reverse("api-token-create"), {"name": "Queue", "scopes": ["moderate"]})
    assert made.status_code == 200 and PersonalToken.objects.get().scopes == ["moderate"]


def test_a_token_needs_a_name_and_a_scope(client, editions, reader):
    client.force_login(reader)
    client.post(reverse("api-token-create"), {"name": "  ", "scopes": ["read"]})
    client.post(reverse("api-token-create"), {"name": "No scope"})
    assert not PersonalToken.objects.exists()


def test_signed_out_visitors_cannot_make_tokens(client, editions):
    response = client.post(reverse("api-token-create"), {"name": "x", "scopes": ["read"]})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not PersonalToken.objects.exists()


def test_expired_unknown_and_malformed_tokens_are_refused_with_the_reason(client, editions, reader):
    _token, raw = do_create_token(
        reader, "old", ["read"], expires_at=timezone.now() - timedelta(minutes=1)
    )
    answers = {
        "That API token has expired.": raw,
        "That API token is not known here.": "nrt_" + "x" * 43,
        "That is not an API token of this site.": "sk-something-else",
    }
    for detail, value in answers.items():
        response = Api(client, value).get("/api/me")
        assert response.status_code == 401 and response.json()["detail"] == detail
    basic = client.get("/api/articles/1/comments", headers={"Authorization": "Basic eDp5"})
    assert basic.status_code == 401


def test_a_closed_accounts_tokens_stop_working(client, editions, reader):
    raw = token(reader, "read")
    reader.is_active = False
    reader.save()
    assert Api(client, raw).get("/api/me").status_code == 401


def test_the_token_records_when_it_was_last_used(client, editions, reader):
    raw = token(reader, "read")
    assert PersonalToken.objects.get().last_used_at is None
    Api(client, raw).get("/api/me")
    assert PersonalToken.objects.get().last_used_at is not None


def test_the_data_download_lists_tokens_without_their_secret(client, editions, reader):
    raw = token(reader, "read")
    client.force_login(reader)
    download = client.get(reverse("account-data")).content.decode()
    assert "test app" in download and raw not in download
    assert PersonalToken.objects.get().digest not in download
