"""An export imported into an empty site gives the same threads: through Disqus XML and
through JSON Lines, site-wide and for one article."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from newsroom.articles.tests.factories import make_article
from newsroom.comments.actions import (
    do_change_status,
    do_delete_comment,
    do_vote,
)
from newsroom.comments.models import Comment, Discussion
from newsroom.comments.tests.factories import make_comment
from newsroom.imports.exports import disqus_xml, json_lines
from newsroom.imports.models import ImportedAuthor, ImportedRecord, ImportedThread
from newsroom.imports.tests.builders import Post, disqus, disqus_thread
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _threads(article) -> list:
    """Every comment of the article by its place in the thread (the chain of ancestors'
    texts and dates), with what a reader sees of it."""
    comments = {c.pk: c for c in Comment.objects.filter(article=article).select_related(
        "author__profile")}  # fmt: skip
    shape = []
    for comment in comments.values():
        chain, node = [], comment
        while node is not None:
            # Disqus's dates are to the second.
            chain.append((node.created_at.replace(microsecond=0), node.body_html))
            node = comments.get(node.parent_id)
        shape.append((tuple(reversed(chain)), comment.author_name, comment.status,
                      comment.is_deleted, comment.depth, comment.upvotes, comment.downvotes,
                      comment.reply_count))  # fmt: skip
    discussion = Discussion.objects.filter(pk=article.pk).values_list("comment_count", flat=True)
    return sorted(shape), list(discussion)


@pytest.fixture
def site_with_comments(editions, reader, other_reader):
    first, second = make_article(with_image=False), make_article(with_image=False)
    top = make_comment(article=first, author=reader, body="**Top** comment")
    reply = make_comment(article=first, author=other_reader, body="A reply", parent=top)
    deep = make_comment(article=first, author=reader, body="Deeper", parent=reply)
    make_comment(article=first, author=other_reader, body="Deepest", parent=deep)
    gone = make_comment(article=first, author=other_reader, body="Soon gone", parent=top)
    make_comment(article=first, author=reader, body="Under the gone one", parent=gone)
    do_delete_comment(gone)
    do_vote(comment=top, voter=other_reader, value=1)
    make_comment(article=second, author=reader, body="On the other story")
    held = make_comment(article=second, author=other_reader, body="Held back")
    do_change_status(held, Comment.Status.PENDING, "held for a moderator")
    return first, second


def _empty_the_site():
    Comment.objects.all().delete()
    Discussion.objects.update(comment_count=0, last_comment_at=None)
    for model in (ImportedRecord, ImportedThread, ImportedAuthor):
        model.objects.all().delete()
    get_user_model().objects.filter(username__startswith="imported-").delete()


@pytest.mark.parametrize("format, exporter", [("disqus", disqus_xml), ("jsonl", json_lines)])
def test_an_export_imported_into_an_empty_site_gives_the_same_threads(
    site_with_comments, importer, format, exporter
):
    first, second = site_with_comments
    before = _threads(first), _threads(second)
    data = b"".join(exporter())
    _empty_the_site()
    run = importer(format, data)
    assert run.error_count == 0, run.errors
    assert (_threads(first), _threads(second)) == before
    assert run.counts["authors_existing"] == 2  # the readers' confirmed addresses


@pytest.mark.parametrize("format, exporter", [("disqus", disqus_xml), ("jsonl", json_lines)])
def test_an_imported_file_exports_back_to_the_same_threads(story, importer, format, exporter):
    url = "https://old.example" + path_of(story)
    posts = [Post("1", "7", message="<p>Top</p>", likes=3, dislikes=1),
             Post("2", "7", message="<p>Reply</p>", parent="1", email="", anonymous=True,
                  name="Guest Kim"),
             Post("3", "7", deleted=True, parent="1"), Post("4", "7", parent="3"),
             Post("5", "7", message="<p>Spam</p>", spam=True)]  # fmt: skip
    importer("disqus", disqus([disqus_thread("7", url)], posts))
    before = _threads(story)
    data = b"".join(exporter(story.pk))
    _empty_the_site()
    importer(format, data)
    assert _threads(story) == before


def test_the_export_command_writes_one_article_or_all(site_with_comments, tmp_path):
    first, second = site_with_comments
    out = tmp_path / "one.jsonl"
    call_command("export_comments", "jsonl", str(out), "--article", str(second.pk))
    lines = out.read_bytes().splitlines()
    assert len(lines) == 1 + 1 + 2  # source, thread, two comments
    call_command("export_comments", "disqus", str(tmp_path / "all.xml"))
    everything = (tmp_path / "all.xml").read_bytes()
    assert everything.count(b"<post ") == Comment.objects.count()
    assert len(re.findall(rb'<thread dsq:id="\d+"><id>', everything)) == 2
    assert io.BytesIO(everything).read(5) == b"<?xml"
