"""Threads for pages on other sites: opened on a page's first visit with the frame, for
pages of the sites in EMBED_ALLOWED_ORIGINS only."""

import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from newsroom.articles.addresses import normalised_page_url, origin_of
from newsroom.articles.models import ArticlePage, ElsewherePage, ExternalPage
from newsroom.core import ratelimit
from newsroom.core.refusals import Refused
from newsroom.embed.origins import allowed

# New threads one address may open in an hour: a page's first visit opens its thread,
# and nobody should fill the moderation tree by making up addresses.
NEW_THREADS = ratelimit.Rate("embed-new-thread", 30, 3600)
MAX_TITLE = 255
MAX_KEY = 200


class ThreadRefused(Refused):
    status = 400


def check_page_address(url: str) -> str:
    """The page's address in its one form, if it is on a site that may embed us."""
    address = normalised_page_url(url or "")
    if address is None:
        raise ThreadRefused(_("That is not the address of a web page."))
    if allowed(origin_of(address)) is None:
        raise ThreadRefused(_("This site may not embed our comments."), status=403)
    return address


def clean_title(title: str, address: str) -> str:
    # Kept as plain text (templates escape it); control characters and runs of spaces
    # from a page's markup are folded.
    words = " ".join("".join(c if c.isprintable() else " " for c in title or "").split())
    return (words or address)[:MAX_TITLE]


def thread_language(code: str) -> str:
    """An edition's language for a new thread: the page's own if we have that edition."""
    wanted = (code or "").strip().lower().replace("_", "-")
    languages = [language for language, _name in settings.LANGUAGES]
    for candidate in (wanted, wanted.split("-")[0]):
        if candidate in languages:
            return candidate
    return settings.LANGUAGE_CODE


def find_thread(address: str, thread_key: str = "") -> ArticlePage | None:
    key = (thread_key or "").strip()[:MAX_KEY]
    found = ExternalPage.objects.select_related("article__locale")
    if key:
        found = found.filter(origin=origin_of(address), thread_key=key)
    else:
        found = found.filter(url=address, thread_key="")
    external = found.first()
    return external.article if external is not None else None


def get_or_open_thread(
    address: str, *, thread_key: str = "", title: str = "", language: str = "", client: str = ""
) -> ArticlePage:
    """The thread of this page (an address from check_page_address), opened now if it
    is the page's first visit."""
    article = find_thread(address, thread_key)
    if article is not None:
        return article
    if client and not ratelimit.hit(NEW_THREADS, client):
        raise ThreadRefused(_("Too many new pages at once; please try again later."), 429)
    try:
        return do_open_thread(address, thread_key=thread_key, title=title, language=language)
    except IntegrityError:
        # Another request opened it at the same moment: theirs is the thread.
        article = find_thread(address, thread_key)
        if article is None:
            raise
        return article


def _elsewhere() -> ElsewherePage:
    holder = ElsewherePage.objects.first()
    if holder is None:
        holder = Page.get_first_root_node().add_child(
            instance=ElsewherePage(
                title="Comments on other sites",
                slug="comments-on-other-sites",
                live=False,
                locale=Locale.get_default(),
            )
        )
    return holder


@transaction.atomic
def do_open_thread(
    address: str, *, thread_key: str = "", title: str = "", language: str = ""
) -> ArticlePage:
    key = (thread_key or "").strip()[:MAX_KEY]
    code = thread_language(language)
    locale = Locale.objects.filter(language_code=code).first() or Locale.get_default()
    digest = hashlib.blake2b(f"{origin_of(address)} {key or address}".encode(), digest_size=10)
    article = _elsewhere().add_child(
        instance=ArticlePage(
            title=clean_title(title, address),
            slug=f"elsewhere-{digest.hexdigest()}",
            standfirst=address[:400],  # where it is, for editors in the admin
            body=[],
            locale=locale,
            live=True,
            published_at=timezone.now(),
        )
    )
    ExternalPage.objects.create(
        article=article, url=address, origin=origin_of(address), thread_key=key
    )
    return article
