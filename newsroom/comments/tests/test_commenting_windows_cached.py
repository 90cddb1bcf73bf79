"""A cached page never outlives its commenting window: a page (or shared section) cached
while the thread was open is not served once the clock passes the moment it closes, nor
a closed notice once the night is over; the next reader gets the page as it is now."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from newsroom.articles.tests.factories import make_article

pytestmark = pytest.mark.django_db

CLOSED_NOTICE = "Comments closed 7 days after this article was published."


def _article_closing_in(minutes: int, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    published = timezone.now() - timedelta(days=7) + timedelta(minutes=minutes)
    return make_article(published_at=published)


def test_an_anonymous_page_cached_while_open_shows_the_notice_once_closed(
    client, editions, settings
):
    article = _article_closing_in(2, settings)
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    cached = client.get(article.url)
    assert cached["X-Page-Cache"] == "hit"
    assert "To comment," in cached.text and CLOSED_NOTICE not in cached.text
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        after = client.get(article.url)
        assert after["X-Page-Cache"] == "miss"  # not the copy cached while open
        assert CLOSED_NOTICE in after.text and "To comment," not in after.text


def test_the_shared_section_cached_while_open_loses_its_form_once_closed(
    client, editions, settings
):
    # The section a signed-in reader's browser fetches is cached for everyone, in the
    # page cache and in the section cache: neither may keep the form past the close.
    settings.COMMENTS_CACHE_SECONDS = 600
    article = _article_closing_in(2, settings)
    url = reverse("comments:shared_section", args=[article.pk])
    first = client.get(url)
    assert 'id="comment-form-new"' in first.text
    assert client.get(url)["X-Page-Cache"] == "hit"
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        after = client.get(url)
        assert CLOSED_NOTICE in after.text
        assert 'id="comment-form-new"' not in after.text


def test_a_page_cached_overnight_shows_the_form_again_in_the_morning(client, editions, settings):
    tokyo = timezone.now().astimezone(ZoneInfo("Asia/Tokyo"))
    settings.EDITION_TIME_ZONES = {"en": "Asia/Tokyo"}
    settings.COMMENTS_CACHE_SECONDS = 600
    # Night began an hour ago and ends in two minutes, by the edition's clock.
    settings.COMMENTS_NIGHT_HOURS = (
        (tokyo - timedelta(hours=1)).time().replace(second=0, microsecond=0),
        (tokyo + timedelta(minutes=2)).time().replace(second=0, microsecond=0),
    )
    article = make_article()
    url = reverse("comments:shared_section", args=[article.pk])
    assert "closed overnight" in client.get(url).text
    assert client.get(url)["X-Page-Cache"] == "hit"
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        morning = client.get(url)
        assert "closed overnight" not in morning.text
        assert 'id="comment-form-new"' in morning.text


def test_a_page_of_a_thread_with_no_window_is_kept_as_long_as_ever(client, editions, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 0
    article = make_article()
    client.get(article.url)
    with time_machine.travel(timezone.now() + timedelta(seconds=settings.PAGE_CACHE_SECONDS - 20)):
        assert client.get(article.url)["X-Page-Cache"] == "hit"
