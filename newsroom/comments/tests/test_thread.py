"""Reading a thread: GET /<lang>/comments/<article>/ and the section on the article page."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments import threads
from newsroom.comments.actions import do_vote
from newsroom.comments.demo import _readers, _thread
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db

VOICES = json.loads(open("newsroom/comments/demo/voices.json").read())


def _ids(html: str) -> list[int]:
    return [int(found) for found in re.findall(r'<li class="comment [^"]*" id="c(\d+)"', html)]


def _thread_html(client, article, **params) -> str:
    response = client.get(reverse("comments:thread", args=[article.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def _queries(client, user, article) -> int:
    client.force_login(user)
    client.get(article.url)  # warm: sessions, site root paths
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.url).status_code == 200
    return len(queries)


def test_a_page_costs_the_same_queries_for_ten_and_ten_thousand_comments(
    client, editions, reader, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    readers = _readers(VOICES["readers"])
    small, large = make_article(title="Quiet story"), make_article(title="Busy story")
    _thread(large, readers, VOICES["en"], 10_000 - 10)
    # Both pages show every level a page can show (a chain five deep, at the top of the
    # default sort): the count depends on the levels shown, never on the thread's size.
    for article in (small, large):
        for n in range(5):
            make_comment(article, readers[n], f"another thread {n}")
        chain = [make_comment(article, reader, "top")]
        for depth in range(1, 5):
            chain.append(make_comment(author=readers[depth], body=f"d{depth}", parent=chain[-1]))
    assert Comment.objects.filter(article=small).count() == 10
    assert Comment.objects.filter(article=large).count() == 10_000
    assert _queries(client, reader, small) == _queries(client, reader, large)


def test_sorts_order_the_top_level_and_replies_stay_oldest_first(client, editions, reader):
    article = make_article()
    first = make_comment(article, reader, "first")
    second = make_comment(article, reader, "second")
    third = make_comment(article, reader, "third")
    Comment.objects.filter(pk=first.pk).update(score=5)
    older_reply = make_comment(author=reader, body="reply one", parent=first)
    newer_reply = make_comment(author=reader, body="reply two", parent=first)
    assert _ids(_thread_html(client, article, sort="newest"))[:1] == [third.pk]
    oldest = _ids(_thread_html(client, article, sort="oldest"))
    assert oldest == [first.pk, older_reply.pk, newer_reply.pk, second.pk, third.pk]
    assert _ids(_thread_html(client, article, sort="popular"))[0] == first.pk
    # Recently updated: the first thread has the latest activity (its replies).
    updated = _ids(_thread_html(client, article))
    assert updated == [first.pk, older_reply.pk, newer_reply.pk, third.pk, second.pk]


def test_load_more_pages_by_cursor_without_repeats_or_gaps(client, editions, reader, settings):
    article = make_article()
    made = [make_comment(article, reader, f"number {n}") for n in range(threads.PAGE_SIZE + 5)]
    first_page = _thread_html(client, article, sort="oldest")
    cursor = re.search(r"after=([\w-]+)", first_page).group(1)
    second_page = _thread_html(client, article, sort="oldest", after=cursor)
    seen = _ids(first_page) + _ids(second_page)
    assert seen == [comment.pk for comment in made]
    assert "Load more comments" in first_page and "Load more comments" not in second_page


def test_a_mangled_cursor_is_a_clear_400(client, editions):
    article = make_article()
    response = client.get(reverse("comments:thread", args=[article.pk]), {"after": "%%%"})
    assert response.status_code == 400
    assert "not valid" in response.content.decode()
    assert client.get(article.url, {"after": "garbage"}).status_code == 200


def test_a_permalink_opens_the_page_at_a_deep_comment(client, editions, reader, other_reader):
    article = make_article()
    target_thread = make_comment(article, reader, "the thread we link into")
    # Many replies, so the one we link to is far beyond the first few shown.
    replies = [
        make_comment(author=other_reader, body=f"reply {n}", parent=target_thread) for n in range(8)
    ]
    for n in range(threads.PAGE_SIZE + 3):
        make_comment(article, reader, f"later thread {n}")
    target = make_comment(author=reader, body="the linked reply", parent=replies[-1])
    response = client.get(article.url, {"comment": target.pk})
    html = response.content.decode()
    assert f'id="c{target.pk}"' in html and f'id="c{replies[-1].pk}"' in html
    assert "Show the discussion from the start" in html


def test_deep_replies_nest_four_levels_then_go_flat_and_continue(client, editions, reader):
    article = make_article()
    chain = [make_comment(article, reader, "level 0")]
    for level in range(1, 7):
        chain.append(make_comment(author=reader, body=f"level {level}", parent=chain[-1]))
    html = _thread_html(client, article)
    for comment in chain[:4]:
        assert f'id="c{comment.pk}"' in html
    assert re.search(rf'comment--flat" id="c{chain[4].pk}"', html)
    assert '<span class="reply-to">@reader</span>' in html
    assert f'id="c{chain[5].pk}"' not in html
    assert reverse("comments:continue", args=[chain[4].pk]) in html
    rest = client.get(reverse("comments:continue", args=[chain[4].pk])).content.decode()
    assert f'id="c{chain[5].pk}"' in rest and f'id="c{chain[6].pk}"' in rest


def test_long_reply_lists_offer_the_rest(client, editions, reader, other_reader):
    parent = make_comment(author=reader, body="popular")
    replies = [make_comment(author=other_reader, body=f"r{n}", parent=parent) for n in range(6)]
    html = _thread_html(client, parent.article)
    shown = threads.REPLIES_PER_PARENT[1]
    assert f"Show {6 - shown} more replies" in html
    more_url = reverse("comments:replies", args=[parent.pk])
    cursor = re.search(rf"{more_url}\?level=1&amp;after=([\w-]+)", html).group(1)
    rest = client.get(more_url, {"level": 1, "after": cursor}, HTTP_HX_REQUEST="true")
    assert _ids(rest.content.decode()) == [reply.pk for reply in replies[shown:]]


def test_a_deleted_comment_keeps_its_replies(client, editions, reader, other_reader):
    parent = make_comment(author=reader, body="regrettable")
    reply = make_comment(author=other_reader, body="still here", parent=parent)
    client.force_login(reader)
    client.post(reverse("comments:delete", args=[parent.pk]))
    html = _thread_html(client, parent.article)
    assert "Comment deleted" in html and "regrettable" not in html
    assert f'id="c{reply.pk}"' in html


def test_each_comment_shows_avatar_name_time_score_and_actions(
    client, editions, reader, other_reader
):
    comment = make_comment(author=other_reader, body="Look at me")
    do_vote(comment=comment, voter=reader, value=1)
    client.force_login(reader)
    html = _thread_html(client, comment.article)
    assert 'class="avatar"' in html and ">O</span>" in html
    assert "other_reader" in html
    assert f'datetime="{comment.created_at.isoformat()}"'[:30] in html
    assert 'aria-pressed="true"' in html and '<span class="score"' in html
    assert ">Reply</a>" in html and ">Report</a>" in html
    assert ">Edit</a>" not in html  # not theirs


def test_edited_comments_are_marked(client, editions, reader):
    comment = make_comment(author=reader, body="tpyo")
    client.force_login(reader)
    client.post(reverse("comments:edit", args=[comment.pk]), {"body": "typo"})
    html = _thread_html(client, comment.article)
    assert "(edited)" in html and "typo" in html


def test_the_article_page_shows_the_section_to_anonymous_readers_without_forms(client, editions):
    comment = make_comment(author=None, body="Anonymous? no: a deleted user")
    html = client.get(comment.article.url).content.decode()
    assert 'id="comments"' in html and "Your comment here" not in html
    assert "register</a> or <a" in html and "deleted user" in html
    assert "csrfmiddlewaretoken" not in html  # the page stays cacheable for everyone


def test_the_comment_count_shows_on_the_article_and_cards_can_fetch_it(client, editions, reader):
    article = make_article()
    for n in range(3):
        make_comment(article, reader, f"c{n}")
    html = client.get(article.url).content.decode()
    assert 'data-comment-count="3"' in html
    listing = client.get(article.get_parent().url).content.decode()
    assert f'data-comment-count-for="{article.pk}"' in listing
    counts = client.get("/api/comment-counts", {"ids": f"{article.pk}"}).json()
    assert counts == {"counts": {str(article.pk): 3}}


def test_a_reader_sees_their_own_held_comment_marked(client, editions, reader, other_reader):
    comment = make_comment(author=reader, body="Held back")
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PENDING)
    client.force_login(reader)
    assert "Awaiting moderation" in _thread_html(client, comment.article)
    client.force_login(other_reader)
    assert "Held back" not in _thread_html(client, comment.article)


def test_old_comments_show_their_date(client, editions, reader):
    comment = make_comment(author=reader)
    Comment.objects.filter(pk=comment.pk).update(created_at=comment.created_at - timedelta(days=3))
    html = _thread_html(client, comment.article)
    comment.refresh_from_db()
    assert comment.created_at.strftime("%-m/%-d/%Y") in html


def test_threads_collapse_and_expand_without_javascript(client, editions, reader, other_reader):
    parent = make_comment(author=reader, body="top")
    make_comment(author=other_reader, body="under it", parent=parent)
    html = _thread_html(client, parent.article)
    toggle = html[html.index('<details class="thread-toggle" open>') :]
    assert "Collapse thread" in toggle and "Expand thread (1 reply)" in toggle
    assert toggle.index("under it") < toggle.index("</details>")


@pytest.mark.parametrize("odd", ["²", "٣", "9" * 30, "-1", "12abc"])
def test_an_odd_comment_link_shows_the_thread_from_its_start(client, editions, reader, odd):
    comment = make_comment(author=reader, body="Still here.")
    response = client.get(comment.article.url, {"comment": odd})
    assert response.status_code == 200 and "Still here." in response.content.decode()


def test_a_page_is_rebuilt_from_its_kept_shape_with_current_comments(
    client, editions, reader, other_reader, django_capture_on_commit_callbacks
):
    """The nesting of a page is kept in the cache and shared by readers; the comments
    in it are read fresh, and a new reply changes the shape at once."""
    top = make_comment(author=other_reader, body="Top of the thread")
    url = reverse("comments:thread", args=[top.article_id])
    client.force_login(reader)
    client.get(url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    assert not any("ROW_NUMBER" in q["sql"] for q in warm.captured_queries)
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(parent=top, author=other_reader, body="A brand new reply")
    assert "A brand new reply" in client.get(url).content.decode()
