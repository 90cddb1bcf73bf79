"""Sessions are read in one plain statement, and signed-in readers with their profile in
one more; an expired or tampered session signs nobody in."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _account_page(client):
    return client.get(reverse("account"))


def session_statements() -> int:
    """With Redis the session is read from the cache (cached_db), not the database."""
    return 0 if settings.REDIS_URL else 1


def _forget_cached_session(client) -> None:
    """A cache miss (or the embedded default, which caches no session): the next request
    reads the session row, as changed in the database."""
    from django.contrib.sessions.backends.cached_db import KEY_PREFIX

    caches[settings.SESSION_CACHE_ALIAS].delete(KEY_PREFIX + client.session.session_key)


def test_a_signed_in_reader_is_known_from_two_statements(client, reader, django_assert_num_queries):
    client.force_login(reader)
    from django.contrib.auth import get_user
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.session = client.session.__class__(client.session.session_key)
    # The session (unless cached), the reader with their profile.
    with django_assert_num_queries(session_statements() + 1):
        user = get_user(request)
        assert user.pk == reader.pk and user.profile.display_name == reader.profile.display_name


def test_an_expired_session_signs_nobody_in(client, reader):
    client.force_login(reader)
    assert _account_page(client).status_code == 200
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    _forget_cached_session(client)
    assert _account_page(client).status_code == 302  # to sign in


def test_a_tampered_session_signs_nobody_in(client, reader):
    client.force_login(reader)
    Session.objects.update(session_data="not-a-signed-session")
    _forget_cached_session(client)
    assert _account_page(client).status_code == 302


def test_a_session_is_kept_across_requests_and_ended_by_signing_out(client, reader):
    client.force_login(reader)
    client.get("/en/")
    assert _account_page(client).status_code == 200
    client.post(reverse("account_logout"))
    assert _account_page(client).status_code == 302
