"""Authors of imported comments become reader accounts.

Keyed by email address (two authors with one name stay two people), an author becomes
an unclaimed placeholder account: inactive, without a password or an address on the
account (so the real owner can still sign up with it), with the old display name. A
reader whose confirmed address it is gets the comments: at once if they already have
an account, or when they confirm it later (`do_claim`, on allauth's email_confirmed).
Authors without an address are keyed by their id in the old system, or else by their
name within that system: they keep their names, and nobody can claim them.
"""

import hashlib
import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import connection, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from newsroom.accounts.models import DISPLAY_NAME_MAX_LENGTH, Profile
from newsroom.comments.models import Comment
from newsroom.core import page_cache
from newsroom.imports.models import ImportedAuthor
from newsroom.imports.records import AuthorRecord

PLACEHOLDER_PREFIX = "imported-"
GUEST = "Guest"


def _email(author: AuthorRecord) -> str:
    email = author.email.strip().lower()
    local, at, domain = email.partition("@")
    if not (at and local and "." in domain and len(email) <= 254 and " " not in email):
        return ""
    return email


def key_for(author: AuthorRecord, source: str) -> str:
    email = _email(author)
    if email:
        return f"email:{email}"
    if author.username.strip():
        return f"{source}:user:{author.username.strip().lower()[:150]}"
    return f"{source}:guest:{author.name.strip()[:150]}"


def display_name(author: AuthorRecord) -> str:
    name = " ".join(author.name.split())
    return name[:DISPLAY_NAME_MAX_LENGTH] or GUEST


class Authors:
    """Finds or makes the account of each author, a batch at a time."""

    def __init__(self, *, dry_run: bool = False):
        self.dry_run = dry_run
        self.placeholders = 0  # made now
        self.readers = 0  # matched to an existing reader's confirmed address
        self._seen_in_dry_run: set[str] = set()

    def users_for(self, authors: list[AuthorRecord], source: str) -> dict[str, int]:
        """{author key: user id}; in a dry run, the keys of authors to be made map to 0."""
        wanted = {key_for(author, source): author for author in authors}
        found = _users_by_key(list(wanted))
        missing = {key: author for key, author in wanted.items() if key not in found}
        if not missing:
            return found
        emails = {_email(author) for author in missing.values()} - {""}
        readers = dict(
            EmailAddress.objects.annotate(address=Lower("email"))
            .filter(address__in=emails, verified=True, user__is_active=True)
            .values_list("address", "user_id")
        )
        if self.dry_run:
            for key, author in missing.items():
                if key not in self._seen_in_dry_run and len(self._seen_in_dry_run) < 1_000_000:
                    self._seen_in_dry_run.add(key)
                    if _email(author) in readers:
                        self.readers += 1
                    else:
                        self.placeholders += 1
                found[key] = readers.get(_email(author), 0)
            return found
        now = timezone.now()
        rows, new_users = [], []
        for key, author in missing.items():
            email = _email(author)
            row = ImportedAuthor(key=key, email=email, name=author.name[:200])
            if email in readers:
                row.user_id, row.claimed_at = readers[email], now
                self.readers += 1
            else:
                new_users.append((row, _placeholder(key), display_name(author)))
            rows.append(row)
        User = get_user_model()
        User.objects.bulk_create([user for _row, user, _name in new_users])
        Profile.objects.bulk_create(
            [Profile(user=user, display_name=name) for _row, user, name in new_users]
        )
        for row, user, _name in new_users:
            row.user_id = user.pk
        ImportedAuthor.objects.bulk_create(rows)
        self.placeholders += len(new_users)
        found.update({row.key: row.user_id for row in rows})
        return found


def _users_by_key(keys: list[str]) -> dict[str, int]:
    # Plain SQL: the ORM's handling of a long IN list costs more than the query.
    if not keys:
        return {}
    quote = connection.ops.quote_name
    table, key = quote(ImportedAuthor._meta.db_table), quote("key")
    marks = ", ".join(["%s"] * len(keys))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {key}, user_id FROM {table} WHERE {key} IN ({marks})", keys)  # noqa: S608 - placeholders and quoted names only
        return dict(cursor.fetchall())


def _placeholder(key: str):
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return get_user_model()(
        username=PLACEHOLDER_PREFIX + digest,
        email="",
        is_active=False,
        # What make_password(None) makes, from one call to the random source.
        password=UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30),
        date_joined=timezone.now(),
    )


def do_claim(user, email: str) -> int:
    """Give the reader whose address `email` now is the comments imported under it, and
    retire the placeholder account that held them. Returns how many comments moved."""
    email = email.strip().lower()
    moved = 0
    with transaction.atomic():
        rows = list(
            ImportedAuthor.objects.select_for_update()
            .filter(email=email, claimed_at=None)
            .exclude(user=user)
        )
        for row in rows:
            placeholder_id = row.user_id
            moved += Comment.objects.filter(author_id=placeholder_id).update(author=user)
            row.user, row.claimed_at = user, timezone.now()
            row.save(update_fields=["user", "claimed_at"])
            _retire(placeholder_id)
        if moved:
            transaction.on_commit(page_cache.invalidate)  # pages show the new name
    return moved


def _retire(user_id: int) -> None:
    """Delete an emptied placeholder. One that other records still point to (a
    moderator's log entry about it, say) stays, inactive and without a password."""
    User = get_user_model()
    if ImportedAuthor.objects.filter(user_id=user_id).exists():
        return
    placeholder = User.objects.filter(
        pk=user_id, is_active=False, username__startswith=PLACEHOLDER_PREFIX
    ).first()
    if placeholder is None:
        return
    try:
        with transaction.atomic():
            placeholder.delete()
    except Exception:  # noqa: BLE001 - keep it rather than fail the claim
        return
