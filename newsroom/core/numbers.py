"""Numbers a visitor sends — path segments, query strings, form fields — parsed in one
place, so that none reaches the database as a value it cannot hold."""

from django import forms
from django.utils.translation import gettext_lazy as _

# The largest value of a 64-bit signed integer column (BigAutoField on SQLite and
# PostgreSQL); one more and the database refuses the query instead of finding nothing.
MAX_DATABASE_ID = 2**63 - 1
_MAX_DIGITS = len(str(MAX_DATABASE_ID))


def whole_number(value: object) -> int | None:
    """ASCII digits (no sign, no spaces) that fit a database integer, as an int; None
    for anything else: "", "-1", "1.5", "²", "٣", or a number too large to store."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value <= MAX_DATABASE_ID else None
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()):
        return None
    if len(value) > _MAX_DIGITS:
        return None
    number = int(value)
    return number if number <= MAX_DATABASE_ID else None


def database_id(value: object) -> int | None:
    """A whole number that can be a row's id (1 and up); None otherwise."""
    number = whole_number(value)
    return number if number else None


def database_ids(raw: str, *, separator: str = ",") -> list[int] | None:
    """Ids separated by commas (spaces around them allowed, empty parts skipped), in
    order and without repeats; None if any part is not an id."""
    found: dict[int, None] = {}
    for part in raw.split(separator):
        part = part.strip()
        if not part:
            continue
        number = database_id(part)
        if number is None:
            return None
        found[number] = None
    return list(found)


class DatabaseIdConverter:
    """`<id:name>` in URL patterns: a row id, 1 to MAX_DATABASE_ID; anything else is no
    match, so a 404, never a query the database refuses."""

    regex = f"[0-9]{{1,{_MAX_DIGITS}}}"

    def to_python(self, value: str) -> int:
        number = database_id(value)
        if number is None:
            raise ValueError(f"not a database id: {value!r}")
        return number

    def to_url(self, value: object) -> str:
        number = database_id(value if isinstance(value, int) else str(value))
        if number is None:
            raise ValueError(f"not a database id: {value!r}")
        return str(number)


class DatabaseIdField(forms.Field):
    """A form field for a row id, parsed by database_id: never a number the database
    cannot hold, never a Unicode digit that int() would accept."""

    default_error_messages = {"invalid": _("That is not a valid id.")}

    def to_python(self, value: object) -> int | None:
        if value in self.empty_values:
            return None
        number = database_id(str(value).strip())
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number
