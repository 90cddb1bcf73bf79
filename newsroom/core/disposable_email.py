"""Whether an email address belongs to a disposable (throw-away) mail service."""

from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

LIST = Path(__file__).resolve().parent / "data" / "disposable_email_domains.txt"


@cache
def disposable_domains() -> frozenset[str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


def is_disposable(email: str) -> bool:
    """True for an address at a listed domain or any subdomain of one."""
    domain = email.rpartition("@")[2].strip().rstrip(".").lower()
    parts = domain.split(".")
    domains = disposable_domains()
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


def check_not_disposable(email: str) -> None:
    """Refuse a disposable address when BLOCK_DISPOSABLE_EMAIL is on."""
    if settings.BLOCK_DISPOSABLE_EMAIL and is_disposable(email):
        raise ValidationError(
            _("Please use an address you keep: we do not accept disposable email addresses."),
            code="disposable",
        )
