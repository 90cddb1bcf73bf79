"""Voting: POST /<lang>/comments/c/<id>/vote/."""

import pytest
from django.urls import reverse

from newsroom.comments.models import Comment, Vote
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def _vote(client, comment, value, **extra):
    return client.post(reverse("comments:vote", args=[comment.pk]), {"value": value}, **extra)


def _score(comment):
    comment.refresh_from_db()
    return comment.score, comment.upvotes, comment.downvotes


def test_up_then_again_takes_the_vote_back(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    _vote(client, comment, 1)
    assert _score(comment) == (1, 1, 0)
    _vote(client, comment, 1)
    assert _score(comment) == (0, 0, 0)
    assert not Vote.objects.exists()


def test_switching_from_up_to_down_moves_two_points(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    _vote(client, comment, 1)
    _vote(client, comment, -1)
    assert _score(comment) == (-1, 0, 1)
    assert Vote.objects.get().value == -1


def test_one_vote_per_reader_however_often_they_click(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    for _ in range(3):
        _vote(client, comment, -1)
    assert Vote.objects.count() == 1 and _score(comment) == (-1, 0, 1)


def test_with_htmx_the_new_score_comes_back_in_place(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    html = _vote(client, comment, 1, HTTP_HX_REQUEST="true").content.decode()
    assert html.startswith('<span class="votes"') and '<span class="score"' in html
    assert ">1</span>" in html and 'aria-pressed="true"' in html


def test_a_vote_must_be_up_or_down(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    for bad in ("2", "up", ""):
        assert _vote(client, comment, bad).status_code == 400
    assert not Vote.objects.exists()


def test_a_deleted_account_leaves_its_votes_counted(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    _vote(client, comment, 1)
    reader.delete()
    assert _score(comment) == (1, 1, 0)
    assert Comment.objects.get(pk=comment.pk).votes.count() == 1


def test_votes_are_refused_on_a_closed_thread(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader, body="Closed now")
    article = comment.article
    article.commenting = "closed"
    article.save()
    client.force_login(reader)
    response = _vote(client, comment, 1)
    assert response.status_code == 403 and "closed" in response.content.decode()
    assert _score(comment) == (0, 0, 0) and not Vote.objects.exists()
