"""Many readers at once: counters stay exact under concurrent votes and replies.

Each reader acts from its own thread with its own database connection. In the scaled
suite this runs against PostgreSQL, where the writes really do overlap.
"""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from newsroom.accounts.models import Profile
from newsroom.comments.actions import do_vote
from newsroom.comments.models import Comment, Discussion, Vote
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db(transaction=True)

READERS = 50


def _readers(count: int) -> list:
    User = get_user_model()
    users = [User.objects.create_user(f"crowd{n}", f"crowd{n}@example.com") for n in range(count)]
    Profile.objects.filter(user__in=users).update(email_verified=True)
    return users


def _all_at_once(work, items) -> list:
    barrier = threading.Barrier(len(items))
    errors = []

    def run(item):
        try:
            barrier.wait()
            work(item)
        except Exception as error:  # noqa: BLE001 - collected and reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_fifty_concurrent_votes_lose_nothing(editions, reader):
    comment = make_comment(author=reader, body="Vote on me")
    crowd = _readers(READERS)
    errors = _all_at_once(lambda voter: do_vote(comment=comment, voter=voter, value=1), crowd)
    assert errors == []
    comment.refresh_from_db()
    assert (comment.score, comment.upvotes, Vote.objects.count()) == (READERS, READERS, READERS)


def test_fifty_concurrent_replies_lose_nothing(editions, reader):
    parent = make_comment(author=reader, body="Reply to me")
    crowd = _readers(READERS)
    errors = _all_at_once(
        lambda author: make_comment(author=author, body=f"from {author.username}", parent=parent),
        crowd,
    )
    assert errors == []
    parent.refresh_from_db()
    assert parent.reply_count == READERS
    assert Comment.objects.filter(parent=parent).count() == READERS
    assert Discussion.objects.get(pk=parent.article_id).comment_count == READERS + 1
