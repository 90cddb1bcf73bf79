"""Comments are only as visible as their article: on a password- or sign-in-protected
article, every path that reads or writes a comment refuses whoever may not see the
page itself (the red-team found the thread, replies, votes, reports and events open)."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment, Report, Vote
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def protected(editions, other_reader):
    """A password-protected article with a thread of a comment and a reply."""
    article = make_article(title="Embargoed investigation")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    top = make_comment(article=article, author=other_reader, body="Inside the embargo")
    reply = make_comment(parent=top, author=other_reader, body="A reply inside it")
    return article, top, reply


READS = [
    ("thread", lambda a, c, r: reverse("comments:thread", args=[a.pk])),
    ("replies", lambda a, c, r: reverse("comments:replies", args=[c.pk])),
    ("continue", lambda a, c, r: reverse("comments:continue", args=[c.pk])),
    ("reply form", lambda a, c, r: reverse("comments:reply", args=[c.pk])),
    ("report form", lambda a, c, r: reverse("comments:report", args=[c.pk])),
    ("api thread", lambda a, c, r: f"/api/articles/{a.pk}/comments"),
]


@pytest.mark.parametrize(("what", "url"), READS, ids=[name for name, _ in READS])
def test_nobody_without_the_password_reads_its_comments(client, protected, reader, what, url):
    article, top, reply = protected
    client.force_login(reader)
    response = client.get(url(article, top, reply))
    assert response.status_code == 404
    assert "Inside the embargo" not in response.content.decode()


def test_its_live_events_are_refused(protected, reader):
    # The stream is an async view: run it in a thread with its own event loop (the
    # browser tests' Playwright keeps one running in the main thread).
    import asyncio
    import threading

    from django.contrib.sessions.backends.db import SessionStore
    from django.test import RequestFactory

    from newsroom.comments import views

    article, _top, _reply = protected
    request = RequestFactory().get(reverse("comments:events", args=[article.pk]))
    request.user, request.session = reader, SessionStore()
    answers = []
    thread = threading.Thread(
        target=lambda: answers.append(asyncio.run(views.live_events(request, article.pk)))
    )
    thread.start()
    thread.join(timeout=30)
    assert answers and answers[0].status_code == 404


def test_its_comment_count_is_not_told(client, protected):
    article, _top, _reply = protected
    counts = client.get(f"/api/comment-counts?ids={article.pk}").json()["counts"]
    assert counts[str(article.pk)] == 0


def test_nobody_without_the_password_writes_to_it(client, protected, reader):
    article, top, reply = protected
    client.force_login(reader)
    writes = [
        (reverse("comments:post", args=[article.pk]), {"body": "Sneaked in"}),
        (reverse("comments:vote", args=[top.pk]), {"value": "1"}),
        (reverse("comments:report", args=[top.pk]), {"reason": "spam"}),
    ]
    for url, data in writes:
        assert client.post(url, data).status_code == 404, url
    assert not Comment.objects.filter(body="Sneaked in").exists()
    assert not Vote.objects.exists() and not Report.objects.exists()


def test_a_reply_through_another_articles_url_is_refused(client, protected, reader):
    article, top, _reply = protected
    public = make_article(title="An open story")
    client.force_login(reader)
    response = client.post(
        reverse("comments:post", args=[public.pk]), {"body": "Sneaked in", "parent": top.pk}
    )
    assert response.status_code == 404
    assert not Comment.objects.filter(body="Sneaked in").exists()


def test_the_author_cannot_edit_or_delete_once_the_article_is_protected(
    client, protected, other_reader
):
    _article, top, _reply = protected
    client.force_login(other_reader)
    assert client.post(reverse("comments:edit", args=[top.pk]), {"body": "x"}).status_code == 404
    assert client.post(reverse("comments:delete", args=[top.pk])).status_code == 404
    top.refresh_from_db()
    assert top.body == "Inside the embargo" and not top.is_deleted


def test_a_reader_who_entered_the_password_reads_and_writes(client, protected, reader):
    article, top, _reply = protected
    client.force_login(reader)
    restriction = PageViewRestriction.objects.get(page=article)
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    thread = client.get(reverse("comments:thread", args=[article.pk]))
    assert thread.status_code == 200 and "Inside the embargo" in thread.content.decode()
    client.post(reverse("comments:vote", args=[top.pk]), {"value": "1"})
    assert Vote.objects.filter(comment=top, user=reader).exists()


def test_a_sign_in_restriction_opens_to_signed_in_readers_only(client, editions, reader):
    article = make_article(title="Members' briefing")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    make_comment(article=article, author=reader, body="For members")
    url = reverse("comments:thread", args=[article.pk])
    assert client.get(url).status_code == 404
    client.force_login(reader)
    assert "For members" in client.get(url).content.decode()
