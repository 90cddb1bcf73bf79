"""Numbers from visitors are parsed in one place: digits that fit a database integer."""

import pytest
from django.urls import resolve, reverse
from django.urls.exceptions import Resolver404

from newsroom.core.numbers import (
    MAX_DATABASE_ID,
    DatabaseIdField,
    database_id,
    database_ids,
    whole_number,
)


@pytest.mark.parametrize(
    "raw", ["", " 1", "1 ", "-1", "+1", "1.0", "1e3", "²", "١٢", "１", "9" * 20, "9" * 5000]
)
def test_anything_but_ascii_digits_that_fit_is_not_a_number(raw):
    assert whole_number(raw) is None
    assert database_id(raw) is None


def test_the_largest_database_integer_is_the_limit():
    assert whole_number(str(MAX_DATABASE_ID)) == MAX_DATABASE_ID
    assert whole_number(str(MAX_DATABASE_ID + 1)) is None
    assert whole_number("0") == 0
    assert database_id("0") is None  # no row has id 0
    assert database_id("00042") == 42


def test_lists_of_ids_are_all_ids_or_refused():
    assert database_ids("3, 1,3,,2") == [3, 1, 2]
    assert database_ids("1,x") is None
    assert database_ids(f"1,{MAX_DATABASE_ID + 1}") is None
    assert database_ids("") == []


def test_the_form_field_refuses_what_int_would_accept():
    field = DatabaseIdField(required=False)
    assert field.clean("") is None
    assert field.clean("12") == 12
    for raw in ("١٢", "9" * 20, "-3"):
        with pytest.raises(Exception, match="not a valid id"):
            field.clean(raw)


@pytest.mark.parametrize("raw", ["0", "9" * 20, str(MAX_DATABASE_ID + 1)])
def test_an_id_in_a_path_beyond_the_database_range_does_not_reach_the_view(raw):
    # It falls through to the pages' catch-all, which has no such page: a 404.
    assert resolve(f"/en/comments/{raw}/").view_name != "comments:thread"
    with pytest.raises(Resolver404):
        resolve(f"/moderation/readers/{raw}/")


def test_an_id_in_range_matches_and_reverses():
    assert resolve(f"/en/comments/{MAX_DATABASE_ID}/").kwargs == {"article_id": MAX_DATABASE_ID}
    assert reverse("comments:thread", args=[7]) == "/en/comments/7/"
