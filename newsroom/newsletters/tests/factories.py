"""Small factories for newsletters, going through the real actions."""

import itertools

from django.utils import timezone

from newsroom.articles.tests.factories import make_article
from newsroom.newsletters.actions import do_confirm, do_draft_digest
from newsroom.newsletters.models import Digest, Subscriber

_counter = itertools.count(1)


def make_subscriber(email: str | None = None, language: str = "en") -> Subscriber:
    return do_confirm(email or f"subscriber{next(_counter)}@example.com", language)


def make_subscribers(count: int, language: str = "en", domain: str = "example.com") -> list:
    """Many confirmed subscribers at once (bulk, as a big list would be imported)."""
    now = timezone.now()
    start = next(_counter) * 100_000
    Subscriber.objects.bulk_create(
        Subscriber(email=f"reader{start + n}@{domain}", language=language, confirmed_at=now)
        for n in range(count)
    )
    return list(Subscriber.objects.filter(language=language).order_by("pk"))


def make_digest(language: str = "en", stories: int = 3, **fields) -> Digest:
    """A draft digest holding `stories` freshly published articles."""
    for number in range(stories):
        make_article(title=f"Digest story {number + 1}", with_image=False)
    digest = do_draft_digest(language)
    for name, value in fields.items():
        setattr(digest, name, value)
    digest.save()
    return digest
