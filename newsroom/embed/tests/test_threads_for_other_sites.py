"""Threads for pages that are not our articles (a static site, another CMS): the frame
opens one on a page's first visit, for allowed sites only, and from then on its comments
are screened, moderated, counted and exported like any other."""

import html
import json
import re

import pytest
from django.urls import reverse

from newsroom.api.tests.conftest import Api, token
from newsroom.articles.models import ArticlePage, ExternalPage
from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment
from newsroom.embed.actions import get_or_open_thread
from newsroom.imports.exports import json_lines
from newsroom.moderation.checks import forget_word_list
from newsroom.moderation.models import ModerationSettings
from newsroom.moderation.roles import MODERATORS, ensure_moderators_group
from newsroom.moderation.tests.factories import listed as listed_now

pytestmark = pytest.mark.django_db

BLOG = "https://blog.example.org"
POST = f"{BLOG}/2026/harbour-reopens"


@pytest.fixture(autouse=True)
def allowed_blog(settings):
    settings.EMBED_ALLOWED_ORIGINS = [BLOG, "https://www.blog.example.org"]


@pytest.fixture
def trusting(db):
    rules = ModerationSettings.load()
    rules.new_reader_approvals = 0
    rules.new_account_link_days = 0
    rules.save()
    yield rules
    ModerationSettings.forget()


def listed(phrase: str, action: str) -> None:
    listed_now(phrase, action)
    forget_word_list()


def open_frame(client, url=POST, **params):
    return client.get("/embed/comments/", {"origin": BLOG, "url": url, **params})


def the_thread(url=POST) -> ArticlePage:
    return ExternalPage.objects.get(url=url).article


def test_the_first_visit_opens_the_thread_and_later_visits_find_it(client, editions):
    first = open_frame(client, title="Harbour reopens after the storm")
    assert first.status_code == 200
    article = the_thread()
    assert f'data-article="{article.pk}"' in first.content.decode()
    assert article.title == "Harbour reopens after the storm" and article.live
    for same_page in (
        f"{POST}#comments",
        f"{POST}?utm_source=newsletter&fbclid=x",
        "HTTPS://BLOG.example.org:443/2026/harbour-reopens",
    ):
        again = open_frame(client, url=same_page)
        assert f'data-article="{article.pk}"' in again.content.decode()
    assert ExternalPage.objects.count() == 1
    assert the_thread().url == POST and the_thread().elsewhere.origin == BLOG


def test_a_named_thread_survives_a_change_of_address(client, editions):
    open_frame(client, url=f"{BLOG}/old-address", thread="post-17")
    moved = open_frame(client, url=f"{BLOG}/new-address", thread="post-17")
    assert ExternalPage.objects.count() == 1
    article = ExternalPage.objects.get(thread_key="post-17").article
    assert f'data-article="{article.pk}"' in moved.content.decode()


def test_pages_of_sites_not_allowed_get_no_thread(client, editions):
    for url in ("https://evil.example/post", "javascript:alert(1)", "", "/relative/post"):
        response = open_frame(client, url=url)
        assert response.status_code in (400, 403), url
    # Framed by an allowed site, for a page of a site that is not: refused too.
    framed = client.get("/embed/comments/", {"origin": BLOG, "url": "https://other.example/p"})
    assert framed.status_code == 403
    assert not ExternalPage.objects.exists()
    assert ArticlePage.objects.count() == 0 or not ArticlePage.objects.filter(depth=3).exists()


def test_it_escapes_script_in_the_page_title(client, editions, moderator_user, reader, trusting):
    title = '<script>alert("x")</script> Harbour & storm'
    page = open_frame(client, title=title).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Harbour &amp; storm" in page
    listed("nitwit", "hold")
    api = Api(client, token(reader, "write"))
    held = api.post(f"/api/articles/{the_thread().pk}/comments", {"body": "Only a nitwit."})
    assert held.json()["status"] == "pending"
    client.force_login(moderator_user)
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert "&lt;script&gt;alert" in queue and "<script>alert" not in queue


@pytest.fixture
def moderator_user(db, django_user_model):
    from newsroom.conftest import _user, _verified

    ensure_moderators_group()
    return _verified(_user(django_user_model, "moderator", MODERATORS))


def test_comments_on_another_sites_page_are_screened_and_queued_with_that_page(
    client, editions, reader, moderator_user, trusting
):
    listed("nitwit", "hold")
    open_frame(client, title="Harbour reopens")
    article = the_thread()
    api = Api(client, token(reader, "write"))
    fine = api.post(f"/api/articles/{article.pk}/comments", {"body": "Good news for the port."})
    held = api.post(f"/api/articles/{article.pk}/comments", {"body": "What a nitwit plan."})
    assert fine.status_code == 201 and fine.json()["status"] == "published"
    assert held.status_code == 201 and held.json()["status"] == "pending"
    reply = api.post(f"/api/comments/{fine.json()['id']}/replies", {"body": "Agreed."})
    assert reply.status_code == 201
    client.force_login(moderator_user)
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert "What a <mark>nitwit</mark> plan." in queue
    # Which page of which site it came from, and a link to that page.
    assert f'<span class="tag" title="A page on another site">{BLOG}</span>' in queue
    assert f'href="{POST}" data-elsewhere>Harbour reopens</a>' in queue


def test_votes_counts_and_exports_reach_other_sites_threads(
    client, editions, reader, other_reader, trusting
):
    open_frame(client)
    article = the_thread()
    comment = make_comment(article, reader, "The ferry is back on Monday.")
    make_comment(article, other_reader, "And the night bus?")
    voted = Api(client, token(other_reader, "write")).post(
        f"/api/comments/{comment.pk}/vote", {"value": 1}
    )
    assert voted.status_code == 200 and voted.json()["score"] == 1
    ours = make_article()
    make_comment(ours, reader, "On our own article.")
    asked = [f"{POST}?utm_campaign=x#top", ours.url, f"{BLOG}/never-embedded"]
    counts = client.get("/api/comment-counts/by-url", {"url": asked}).json()["counts"]
    assert counts == {asked[0]: 2, ours.url: 1, asked[2]: None}
    lines = [json.loads(line) for line in b"".join(json_lines(article.pk)).splitlines()]
    thread = next(line for line in lines if line["type"] == "thread")
    assert thread["id"] == str(article.pk) and thread["url"] == POST
    assert Comment.objects.filter(article=article).count() == 2


def test_other_sites_threads_stay_out_of_the_editions(client, editions):
    open_frame(client, title="A blog post about the harbour")
    article = make_article(title="Our own harbour story")
    feed = client.get("/en/feed/").content.decode()
    assert "Our own harbour story" in feed and "A blog post about the harbour" not in feed
    found = client.get("/en/search/", {"q": "harbour"}).content.decode()
    assert "Our own harbour story" in found and "A blog post about the harbour" not in found
    sitemap = client.get("/sitemap.xml").content.decode()
    assert article.url in sitemap and POST not in sitemap
    assert "comments-on-other-sites" not in sitemap
    news = client.get("/news-sitemap.xml").content.decode()
    assert POST not in news


def test_the_thread_speaks_the_pages_language(client, editions):
    page = open_frame(client, lang="de-AT", title="Hafen").content.decode()
    assert the_thread().locale.language_code == "de"
    assert '<html lang="de"' in page
    # A later visit with another language does not move the thread.
    again = open_frame(client, lang="fr").content.decode()
    assert '<html lang="de"' in again
    unknown = open_frame(client, url=f"{BLOG}/other", lang="xx").content.decode()
    assert '<html lang="en"' in unknown


def test_without_javascript_the_frame_shows_the_thread_and_pages_on(client, editions, reader):
    from newsroom.comments import threads

    article = get_or_open_thread(POST)
    made = [make_comment(article, reader, f"Number {n}.") for n in range(threads.PAGE_SIZE + 3)]
    page = open_frame(client).content.decode()
    assert f"Number {threads.PAGE_SIZE + 2}." in page  # newest activity first
    assert f'data-comment-id="{made[0].pk}"' not in page
    assert page.count("data-comment-id=") == threads.PAGE_SIZE
    more = re.search(r'<a href="(\?[^"]+)" data-more', page)
    assert more is not None
    href = html.unescape(more.group(1))
    second = client.get("/embed/comments/" + href).content.decode()
    assert f'data-comment-id="{made[0].pk}"' in second and "data-more" not in second
