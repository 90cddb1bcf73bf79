"""The attack: /moderation/?tab=all (and with article= or page=) answered 500 for
comments that have no screening record — every demo thread, and any comment posted
before screening was switched on."""

import pytest

from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def unscreened(editions, reader):
    # Saved by the comments app's own action, as bulk demo threads are: no review.
    comment = make_comment(author=reader, body="Posted before screening existed.")
    assert not hasattr(comment, "review")
    return comment


def test_the_all_tab_shows_comments_that_were_never_screened(client, moderator, unscreened):
    client.force_login(moderator)
    for query in ({"tab": "all"}, {"tab": "all", "article": unscreened.article_id}):
        response = client.get("/moderation/", query)
        assert response.status_code == 200
        assert "Posted before screening existed." in response.content.decode()
    assert client.get("/moderation/", {"tab": "all", "page": "2"}).status_code == 200
