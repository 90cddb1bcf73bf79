"""Signing in, as allauth does it, with the signed-in reader's profile fetched along."""

import functools

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.db import connection

from newsroom.accounts.models import Profile


@functools.cache
def _reader_statement() -> tuple[str, int]:
    """The statement that reads a user and their profile in one row, and how many of its
    columns are the user's. Built once from the models, so a new field is read too."""
    user_model = get_user_model()
    user_columns = [f"u.{field.column}" for field in user_model._meta.concrete_fields]
    profile_columns = [f"p.{field.column}" for field in Profile._meta.concrete_fields]
    user_key = user_model._meta.pk.column
    sql = (
        f"SELECT {', '.join(user_columns + profile_columns)}"  # noqa: S608 - our tables
        f" FROM {user_model._meta.db_table} u"
        f" LEFT JOIN {Profile._meta.db_table} p ON p.user_id = u.{user_key}"
        f" WHERE u.{user_key} = %s"
    )
    return sql, len(user_columns)


def reader_with_profile(user_id):
    """The user with this id and their profile (None if they have none), as
    `select_related("profile")` would give them — in a plain statement: this is asked on
    every signed-in request, and the ORM's compilation of the query cost several times
    the database's answer."""
    sql, user_width = _reader_statement()
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id])
        row = cursor.fetchone()
    if row is None:
        return None
    user = _instance(get_user_model(), row[:user_width])
    profile = None
    if row[user_width] is not None:  # the profile's id: None when the join found no row
        profile = _instance(Profile, row[user_width:])
        profile._state.fields_cache["user"] = user
    # What select_related leaves: the profile, or None (user.profile then raises
    # Profile.DoesNotExist, as it does after select_related finds no row).
    user._state.fields_cache["profile"] = profile
    return user


def _instance(model, values):
    """The model instance for one row of its concrete columns, each value passed through
    its field's database converters as the ORM does (SQLite answers dates as text and
    booleans as integers)."""
    attnames, fields = _columns(model, connection.vendor)
    converted = []
    for (field, converters), value in zip(fields, values, strict=True):
        for converter in converters:
            value = converter(value, field, connection)
        converted.append(value)
    return model.from_db(connection.alias, attnames, converted)


@functools.cache
def _columns(model, vendor: str) -> tuple[list[str], list[tuple]]:
    """The model's concrete fields' names, and each field with the converters its
    column's values need on this kind of database."""
    table = model._meta.db_table
    fields = []
    for field in model._meta.concrete_fields:
        column = field.get_col(table)
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        fields.append((field, tuple(converters)))
    return [field.attname for field in model._meta.concrete_fields], fields


class AccountBackend(AuthenticationBackend):
    """allauth's backend (sign-in by email address). The reader of each request is
    loaded with their profile in one query: nearly every signed-in request asks for it
    (their public name, whether their address is confirmed, whether they are banned)."""

    def get_user(self, user_id):
        user = reader_with_profile(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
