"""The reader of each signed-in request is read in one plain statement with their
profile, and is the same reader, field for field, as the ORM would give."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from newsroom.accounts.backends import AccountBackend, reader_with_profile
from newsroom.accounts.models import Profile

pytestmark = pytest.mark.django_db


def _fields(instance) -> dict:
    return {
        field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }


def test_the_reader_and_their_profile_match_what_the_orm_reads(reader, django_assert_num_queries):
    now = timezone.now()
    reader.last_login = now - timedelta(hours=3)
    reader.save()
    Profile.objects.filter(user=reader).update(
        banned_at=now, ban_reason="Spam", premoderated=True, is_staff_member=True
    )
    expected = get_user_model().objects.select_related("profile").get(pk=reader.pk)

    with django_assert_num_queries(1):
        got = reader_with_profile(reader.pk)
        profile = got.profile  # fetched along: no second statement
        assert profile.user is got

    assert _fields(got) == _fields(expected)
    assert _fields(profile) == _fields(expected.profile)
    # Typed as the ORM types them, whatever the database answers (SQLite: text, 0/1).
    assert got.last_login.tzinfo is not None and got.date_joined == expected.date_joined
    assert got.is_active is True and profile.premoderated is True and profile.is_banned()
    assert got._state.adding is False and got._state.db == expected._state.db


def test_a_reader_without_a_profile_has_none_as_after_select_related(reader):
    Profile.objects.filter(user=reader).delete()
    got = reader_with_profile(reader.pk)
    assert got.pk == reader.pk
    with pytest.raises(Profile.DoesNotExist):
        _ = got.profile


def test_an_unknown_or_inactive_reader_is_nobody(reader):
    assert reader_with_profile(reader.pk + 1000) is None
    get_user_model().objects.filter(pk=reader.pk).update(is_active=False)
    assert AccountBackend().get_user(reader.pk) is None


def test_a_reader_read_this_way_can_be_saved_and_signs_in_again(client, reader):
    got = reader_with_profile(reader.pk)
    got.first_name = "Changed"
    got.save()
    got.profile.display_name = "New name"
    got.profile.save()
    reader.refresh_from_db()
    assert reader.first_name == "Changed" and reader.profile.display_name == "New name"
    client.force_login(reader)
    page = client.get(reverse("account"))
    assert page.status_code == 200 and "New name" in page.content.decode()
