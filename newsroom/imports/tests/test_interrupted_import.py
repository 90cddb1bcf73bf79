"""An import killed part-way (a real process, SIGKILL, at each step of both passes) is
finished by running the same command again: the comments, their threads, depths,
scores, counts and the "Recently updated" order are those of one clean run, nothing
twice."""

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment, Discussion
from newsroom.comments.threads import SORTS
from newsroom.imports.models import ImportedAuthor, ImportedRecord, ImportedThread, ImportRun
from newsroom.imports.tests.builders import Post, disqus, disqus_thread
from newsroom.imports.tests.conftest import command, path_of

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[3]


def _export(stories) -> bytes:
    """Two threads of 150 posts each: replies to earlier and to later posts (linked in
    the second pass), chains, deleted posts with and without replies, spam, held
    posts, votes, a few authors; each post at its own minute."""
    chance = random.Random(14)
    posts: list[Post] = []
    for n in range(1, 301):
        thread = "t1" if n % 2 else "t2"
        same = [p for p in range(n % 2 or 2, 301, 2) if p != n]  # posts of its thread
        parent = ""
        if chance.random() < 0.6:
            parent = str(chance.choice(same[: max(1, n // 2)] if chance.random() < 0.7 else same))
        minute = chance.randrange(0, 60 * 24 * 20)
        posts.append(Post(
            str(n), thread, message=f"<p>Post {n}</p>", parent=parent,
            created=f"2019-05-{1 + minute // 1440:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:"
                    f"{n % 60:02d}Z",
            email=f"author{n % 7}@example.com", name=f"Author {n % 7}",
            anonymous=n % 11 == 0, deleted=n % 13 == 0, spam=n % 17 == 0,
            approved=False if n % 19 == 0 else None, likes=n % 5, dislikes=n % 3,
        ))  # fmt: skip
    threads = [disqus_thread("t1", "https://old.example" + path_of(stories[0])),
               disqus_thread("t2", "https://old.example" + path_of(stories[1]))]  # fmt: skip
    return disqus(threads, posts)


def _state(stories) -> dict:
    """Everything a reader sees, by the comments' ids in the old system (ids here
    differ from one run to another)."""
    remembered = ImportedRecord.objects.exclude(comment=None)
    source_of = dict(remembered.values_list("comment_id", "source_id"))
    assert len(source_of) == Comment.objects.count()  # every comment once, remembered
    authors = dict(ImportedAuthor.objects.values_list("user_id", "key"))
    comments = {
        source_of[c.pk]: (
            source_of.get(c.parent_id), source_of.get(c.root_id), c.depth, c.status,
            c.body, c.deleted_at, c.created_at, c.last_activity_at, c.reply_count, c.score,
            c.upvotes, c.downvotes, authors.get(c.author_id), c.article_id,
        )
        for c in Comment.objects.all()
    }  # fmt: skip
    updated = SORTS["updated"].order_by()
    order = {
        story.pk: [source_of[pk] for pk in Comment.objects.filter(article=story, parent=None)
                   .order_by(*updated).values_list("pk", flat=True)]
        for story in stories
    }  # fmt: skip
    discussions = set(Discussion.objects.values_list("article_id", "comment_count",
                                                     "last_comment_at"))  # fmt: skip
    return {"comments": comments, "order": order, "discussions": discussions,
            "authors": sorted(authors.values())}  # fmt: skip


def _forget_the_import() -> None:
    users = list(ImportedAuthor.objects.values_list("user_id", flat=True))
    Comment.objects.all().delete()
    for model in (ImportedRecord, ImportedThread, ImportedAuthor, ImportRun, Discussion):
        model.objects.all().delete()
    from django.contrib.auth import get_user_model

    get_user_model().objects.filter(pk__in=users).delete()


def _killed(path: Path, step: str, times: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.testing.process_settings",
           "NEWSROOM_TEST_DATABASE": str(connection.settings_dict["NAME"]),
           "LOG_LEVEL": "WARNING"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "newsroom.imports.tests.killed_import", "disqus", str(path),
         step, str(times)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


# Each step returns after its transaction committed (_link_chunk) or inside one that
# the kill rolls back (_insert, _recount: the batch or article batch in flight is lost).
@pytest.mark.parametrize("step, times", [
    ("_insert", 3),  # reading: two batches written, the third lost
    ("_link_chunk", 2),  # linking replies: part of them linked
    ("_prune_deleted", 1),  # linked and pruned, nothing counted
    ("_recount", 2),  # one article counted, the other not
])  # fmt: skip
def test_an_import_killed_part_way_is_finished_by_running_it_again(editions, tmp_path, step, times):
    stories = [make_article(title="Harbour reopens", with_image=False),
               make_article(title="Ferry strike", with_image=False)]  # fmt: skip
    path = tmp_path / "export.xml"
    path.write_bytes(_export(stories))
    command("import_comments", "disqus", str(path))
    clean = _state(stories)
    assert len(clean["comments"]) > 250 and any(row[2] >= 3 for row in clean["comments"].values())
    _forget_the_import()

    killed = _killed(path, step, times)
    assert killed.returncode == -9, killed.stderr
    assert ImportedRecord.objects.exists()  # the killed run wrote part of it
    [dead] = ImportRun.objects.all()
    assert dead.status == ImportRun.Status.RUNNING and not dead.is_under_way
    assert _state_or_none(stories) != clean  # ... and not all of it

    out = command("import_comments", "disqus", str(path))  # simply run again
    assert "Imported" in out
    dead.refresh_from_db()
    assert dead.status == ImportRun.Status.FAILED
    assert "ended before it finished" in dead.errors[-1]["message"]
    assert _state(stories) == clean
    again = command("import_comments", "disqus", str(path))  # and a third time: no change
    assert "comments imported before, skipped" in again and _state(stories) == clean


def _state_or_none(stories) -> dict | None:
    try:
        return _state(stories)
    except (AssertionError, KeyError):
        return None
