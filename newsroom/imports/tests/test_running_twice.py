"""Importing the same file again changes nothing; a later file with the missing
parents links the replies that waited for them."""

import pytest

from newsroom.comments.models import Comment, Discussion
from newsroom.imports.models import ImportedAuthor
from newsroom.imports.tests.builders import Post, WpComment, WpItem, disqus, disqus_thread, wxr
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _state(story):
    comments = list(Comment.objects.order_by("pk").values_list(
        "pk", "parent_id", "root_id", "depth", "author_id", "body_html", "status", "deleted_at",
        "created_at", "last_activity_at", "reply_count", "score"))  # fmt: skip
    discussion = Discussion.objects.filter(pk=story.pk).values_list(
        "comment_count", "last_comment_at"
    )
    return comments, list(discussion), ImportedAuthor.objects.count()


def test_a_second_disqus_import_changes_nothing(story, importer):
    url = "https://old.example" + path_of(story)
    posts = [
        Post("1", "7", message="<p>Top</p>"),
        Post("2", "7", message="<p>Reply</p>", parent="1"),
        Post("3", "7", deleted=True, parent="2"),
        Post("4", "7", deleted=True),
        Post("5", "7", message="<p>Other</p>", email="bo@example.com", name="Bo"),
    ]
    data = disqus([disqus_thread("7", url)], posts)
    importer("disqus", data)
    before = _state(story)
    again = importer("disqus", data)
    assert _state(story) == before
    assert again.counts["already_imported"] == 5
    assert not {"published", "replies_linked", "authors_new"} & {
        key for key, count in again.counts.items() if count
    }


def test_a_second_wordpress_import_changes_nothing(story, importer):
    item = WpItem("42", "https://old.example" + path_of(story),
                  [WpComment("1"), WpComment("2", parent="1", content="Reply")])  # fmt: skip
    importer("wordpress", wxr([item]))
    before = _state(story)
    again = importer("wordpress", wxr([item]))
    assert _state(story) == before and again.counts["already_imported"] == 2


def test_a_reply_whose_parent_comes_in_a_later_file_is_linked_then(story, importer):
    url = "https://old.example" + path_of(story)
    reply = Post("2", "7", message="<p>Reply</p>", parent="1")
    first = importer("disqus", disqus([disqus_thread("7", url)], [reply]))
    assert first.counts["parents_missing"] == 1
    assert Comment.objects.get(body="Reply").parent is None
    importer("disqus", disqus([disqus_thread("7", url)], [Post("1", "7", message="<p>Top</p>")]))
    reply = Comment.objects.get(body="Reply")
    assert reply.parent.body == "Top" and reply.depth == 1
    assert reply.parent.reply_count == 1


def test_a_dry_run_changes_nothing_and_says_what_would_happen(story, importer):
    url = "https://old.example" + path_of(story)
    posts = [Post("1", "7"), Post("2", "7", spam=True), Post("3", "7", deleted=True)]
    run = importer("disqus", disqus([disqus_thread("7", url)], posts), dry_run=True)
    assert Comment.objects.count() == 0 and ImportedAuthor.objects.count() == 0
    assert (run.counts["published"], run.counts["rejected"], run.counts["deleted"]) == (1, 1, 1)
    assert run.counts["authors_new"] == 1 and run.counts["threads_matched"] == 1
