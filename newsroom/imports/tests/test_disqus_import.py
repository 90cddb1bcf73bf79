"""A Disqus export becomes the same threads under the matching articles: nesting,
deleted comments, spam, pending, dates with their offsets, votes and counters."""

from datetime import UTC, datetime

import pytest
from wagtail.contrib.redirects.models import Redirect

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment, Discussion
from newsroom.comments.threads import SORTS
from newsroom.imports.tests.builders import Post, disqus, disqus_thread
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _url(article) -> str:
    return "https://old.example" + path_of(article)


def test_it_imports_threads_nested_ten_levels_whatever_the_order(story, importer):
    chain = [Post(str(100 + level), "7", message=f"<p>Level {level}</p>",
                  created=f"2019-05-01T10:{level:02d}:00Z",
                  parent=str(100 + level - 1) if level else "") for level in range(11)]  # fmt: skip
    run = importer("disqus", disqus([disqus_thread("7", _url(story))], list(reversed(chain))))
    assert run.status == "finished", run.errors
    comments = {c.body: c for c in Comment.objects.filter(article=story)}
    assert len(comments) == 11
    deepest = comments["Level 10"]
    assert (deepest.depth, deepest.root, deepest.parent) == (10, comments["Level 0"],
                                                             comments["Level 9"])  # fmt: skip
    assert [comments[f"Level {n}"].reply_count for n in range(11)] == [1] * 10 + [0]
    assert comments["Level 0"].last_activity_at == datetime(2019, 5, 1, 10, 10, tzinfo=UTC)
    assert Discussion.objects.get(pk=story.pk).comment_count == 11
    assert run.counts["replies_linked"] == 10


def test_a_deleted_comment_with_replies_stays_as_a_tombstone_and_one_without_goes(story, importer):
    posts = [
        Post("1", "7", message="<p>Gone, but answered</p>", deleted=True),
        Post("2", "7", message="<p>An answer</p>", parent="1"),
        Post("3", "7", message="<p>Gone, unanswered</p>", deleted=True),
        Post("4", "7", message="<p>Gone too</p>", deleted=True, parent="5"),
        Post("5", "7", message="<p>Gone, answered only by the gone</p>", deleted=True),
    ]
    run = importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    [tombstone] = Comment.objects.filter(article=story, deleted_at__isnull=False)
    assert tombstone.body == tombstone.body_html == ""
    answer = Comment.objects.get(body="An answer")
    assert answer.parent == tombstone
    assert Comment.objects.filter(article=story).count() == 2
    assert (run.counts["tombstones"], run.counts["deleted_left_out"]) == (1, 3)
    assert Discussion.objects.get(pk=story.pk).comment_count == 1  # the tombstone is not counted
    assert tombstone.reply_count == 1


def test_spam_arrives_rejected_and_unapproved_arrives_pending(story, importer):
    posts = [Post("1", "7", message="<p>Buy now</p>", spam=True),
             Post("2", "7", message="<p>Held back</p>", approved=False),
             Post("3", "7", message="<p>Fine</p>", approved=True)]  # fmt: skip
    run = importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    status = dict(Comment.objects.values_list("body", "status"))
    assert status == {"Buy now": "rejected", "Held back": "pending", "Fine": "published"}
    assert (run.counts["rejected"], run.counts["pending"], run.counts["published"]) == (1, 1, 1)
    assert Discussion.objects.get(pk=story.pk).comment_count == 1


def test_dates_keep_their_offsets_and_naive_ones_are_utc(story, importer):
    posts = [Post("1", "7", message="<p>Berlin</p>", created="2019-05-01T12:00:00+02:00"),
             Post("2", "7", message="<p>Plain</p>", created="2019-05-01T10:30:00")]  # fmt: skip
    importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    created = dict(Comment.objects.values_list("body", "created_at"))
    assert created["Berlin"] == datetime(2019, 5, 1, 10, 0, tzinfo=UTC)
    assert created["Plain"] == datetime(2019, 5, 1, 10, 30, tzinfo=UTC)


def test_likes_and_dislikes_become_the_score_and_most_popular_follows(story, importer):
    posts = [Post("1", "7", message="<p>Liked</p>", likes=9, dislikes=2),
             Post("2", "7", message="<p>Disliked</p>", likes=1, dislikes=5)]  # fmt: skip
    importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    liked = Comment.objects.get(body="Liked")
    assert (liked.upvotes, liked.downvotes, liked.score) == (9, 2, 7)
    order = Comment.objects.filter(article=story).order_by(*SORTS["popular"].order_by())
    assert [c.body for c in order] == ["Liked", "Disliked"]


def test_recently_updated_order_follows_the_latest_reply(story, importer):
    posts = [
        Post("1", "7", message="<p>Old thread</p>", created="2019-01-01T00:00:00Z"),
        Post("2", "7", message="<p>New thread</p>", created="2019-03-01T00:00:00Z"),
        Post("3", "7", message="<p>Late reply</p>", created="2019-06-01T00:00:00Z", parent="1"),
    ]
    importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    top = Comment.objects.filter(article=story, parent=None).order_by(*SORTS["updated"].order_by())
    assert [c.body for c in top] == ["Old thread", "New thread"]


def test_html_is_cleaned_to_the_allowlist(story, importer):
    posts = [Post("1", "7", message='<p onclick="x()">Hi <script>alert(1)</script>'
                  '<a href="javascript:evil()">there</a> <b>bold</b></p>')]  # fmt: skip
    importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    comment = Comment.objects.get()
    assert "script" not in comment.body_html and "onclick" not in comment.body_html
    assert "javascript" not in comment.body_html
    assert comment.body == "Hi there bold"


def test_threads_are_matched_by_path_map_and_redirect_and_the_rest_reported(editions, importer):
    by_path, moved, renamed = (make_article(with_image=False) for _ in range(3))
    Redirect.objects.create(old_path="/en/world-news/old-slug", redirect_page=renamed)
    threads = [
        disqus_thread("1", "http://www.old.example" + path_of(by_path) + "?utm=x"),
        disqus_thread("2", "https://old.example/2019/05/moved-story.html"),
        disqus_thread("3", "https://old.example/en/world-news/old-slug/"),
        disqus_thread("4", "https://old.example/never/existed/", title="Lost story"),
    ]
    posts = [Post(str(n), str(n), message=f"<p>On {n}</p>") for n in range(1, 5)]
    posts.append(Post("5", "4", message="<p>Also lost</p>"))
    run = importer("disqus", disqus(threads, posts),
                   map_csv=f"old_url,article\n/2019/05/moved-story.html,{moved.pk}\n")  # fmt: skip
    assert Comment.objects.get(body="On 1").article_id == by_path.pk
    assert Comment.objects.get(body="On 2").article_id == moved.pk
    assert Comment.objects.get(body="On 3").article_id == renamed.pk
    assert not Comment.objects.filter(body__in=["On 4", "Also lost"]).exists()
    assert run.counts["threads_matched"] == 3 and run.counts["threads_unmatched"] == 1
    assert (run.counts["matched_by_url"], run.counts["matched_by_map"],
            run.counts["matched_by_redirect"]) == (1, 1, 1)  # fmt: skip
    assert run.counts["unmatched_thread"] == 2
    assert run.unmatched == [
        {"url": "https://old.example/never/existed/", "title": "Lost story", "comments": 2}
    ]


def test_posts_may_name_threads_and_parents_by_their_own_ids(story, importer):
    """Disqus's hand-written import format: <thread>id</thread>, <parent>id</parent>."""
    data = disqus([disqus_thread("70", _url(story), own_id="story-70")], []).replace(
        b"</disqus>",
        b'<post dsq:id="1"><message>First</message><thread>story-70</thread>'
        b"<createdAt>2019-01-01T00:00:00Z</createdAt><author><name>A</name></author></post>"
        b'<post dsq:id="2"><message>Second</message><thread>story-70</thread>'
        b'<parent dsq:id="1" /><createdAt>2019-01-02T00:00:00Z</createdAt>'
        b"<author><name>B</name></author></post></disqus>",
    )
    importer("disqus", data)
    second = Comment.objects.get(body="Second")
    assert second.article_id == story.pk and second.parent.body == "First"


def test_imported_comments_awaiting_moderation_are_in_the_queue(story, importer, client,
                                                                admin_user):  # fmt: skip
    posts = [Post("1", "7", message="<p>Please check me</p>", approved=False)]
    importer("disqus", disqus([disqus_thread("7", _url(story))], posts))
    client.force_login(admin_user)
    response = client.get("/moderation/")
    assert response.status_code == 200 and "Please check me" in response.text


def test_comments_that_come_before_their_thread_in_the_file_are_imported(story, importer):
    url = "https://old.example" + path_of(story)
    posts = [Post("1", "7", message="<p>Early</p>"),
             Post("2", "7", message="<p>Early reply</p>", parent="1"),
             Post("3", "404", message="<p>No such thread</p>")]  # fmt: skip
    data = disqus([], posts).replace(b"</disqus>", disqus_thread("7", url).encode() + b"</disqus>")
    run = importer("disqus", data)
    reply = Comment.objects.get(body="Early reply")
    assert reply.article_id == story.pk and reply.parent.body == "Early"
    assert run.counts["published"] == 2 and run.counts["unknown_thread"] == 1
    assert run.errors[0]["message"] == "comment 3 names thread 404, which is not in the file"
