"""Commenting windows: threads close by themselves some days after publication (or as the
article says), overnight by the edition's clock, and all at once when the site is made
read-only; each says why to readers, and the server refuses posts, replies, edits and
votes meanwhile."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment
from newsroom.comments.windows import ClosedBecause, closure

pytestmark = pytest.mark.django_db


def _post(client, article, **data):
    return client.post(reverse("comments:post", args=[article.pk]), data)


def _old_article(days: int, **fields):
    return make_article(published_at=timezone.now() - timedelta(days=days), **fields)


def test_a_thread_closes_the_set_number_of_days_after_publication(
    client, editions, reader, settings
):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    old, fresh = _old_article(8), _old_article(2)
    client.force_login(reader)
    refused = _post(client, old, body="Late to the party.")
    assert refused.status_code == 403
    assert "closed 7 days after this article was published" in refused.text
    assert "Late to the party." in refused.text  # the reader's text comes back
    assert _post(client, fresh, body="Just in time.").status_code == 302
    page = client.get(old.url).text
    assert "Comments closed 7 days after this article was published." in page
    assert 'id="comment-form-new"' not in page


def test_an_article_keeps_its_own_window(editions, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    assert closure(_old_article(30, comments_close_after_days=0)) is None  # never closes
    assert closure(_old_article(3, comments_close_after_days=2)).because == ClosedBecause.AGE
    settings.COMMENTS_CLOSE_AFTER_DAYS = 0
    assert closure(_old_article(400)) is None


def test_threads_close_overnight_by_the_editions_clock(editions, settings):
    settings.COMMENTS_NIGHT_HOURS = (time(23, 0), time(7, 0))
    settings.EDITION_TIME_ZONES = {"ru": "Europe/Moscow"}
    settings.TIME_ZONE = "UTC"
    english = make_article()
    russian = make_article(parent=section(language="ru"))
    # 21:30 UTC is 00:30 in Moscow: night there, evening in London's edition on UTC.
    evening = datetime(2026, 12, 1, 21, 30, tzinfo=UTC)
    assert closure(english, evening) is None
    night = closure(russian, evening)
    assert night.because == ClosedBecause.NIGHT
    assert "open again at 7 a.m. (MSK)" in night.message
    # 04:30 UTC is 07:30 in Moscow: open again.
    assert closure(russian, datetime(2026, 12, 2, 4, 30, tzinfo=UTC)) is None


def test_the_night_closure_is_enforced_on_the_server(
    client, editions, reader, other_reader, settings
):
    article = make_article()
    theirs = make_comment(article=article, author=other_reader)
    mine = make_comment(article=article, author=reader)
    tokyo = timezone.now().astimezone(ZoneInfo("Asia/Tokyo"))
    settings.EDITION_TIME_ZONES = {"en": "Asia/Tokyo"}
    settings.COMMENTS_NIGHT_HOURS = (
        (tokyo - timedelta(hours=1)).time().replace(second=0, microsecond=0),
        (tokyo + timedelta(hours=1)).time().replace(second=0, microsecond=0),
    )
    client.force_login(reader)
    assert _post(client, article, body="At night.").status_code == 403
    assert _post(client, article, body="A reply.", parent=theirs.pk).status_code == 403
    vote = client.post(reverse("comments:vote", args=[theirs.pk]), {"value": "1"})
    assert vote.status_code == 403
    edit = client.post(reverse("comments:edit", args=[mine.pk]), {"body": "Changed."})
    assert edit.status_code == 403
    assert "closed overnight" in client.get(article.url).text
    assert Comment.objects.count() == 2


def test_the_read_only_switch_closes_every_thread(client, editions, reader, other_reader, settings):
    article = make_article(commenting="open")
    theirs = make_comment(article=article, author=other_reader)
    settings.COMMENTS_READ_ONLY = True
    client.force_login(reader)
    response = _post(client, article, body="Anyone there?", HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    assert "read-only for the moment" in response.text
    vote = client.post(reverse("comments:vote", args=[theirs.pk]), {"value": "1"})
    assert vote.status_code == 403
    page = client.get(article.url).text
    assert "Comments are read-only for the moment" in page
    assert "A fair point, well made." in page  # still readable
    # Reporting abuse goes on.
    report = client.post(reverse("comments:report", args=[theirs.pk]), {"reason": "spam"})
    assert report.status_code in {200, 302}
