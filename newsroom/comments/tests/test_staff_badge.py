"""Comments by moderators, editors and reporters carry a "Staff" badge; readers' do not."""

import pytest
from django.contrib.auth.models import Group

from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db

BADGE = 'class="badge badge--staff"'


def test_a_journalists_comment_has_the_badge_and_a_readers_has_not(
    client, editions, reporter, reader
):
    article = make_comment(author=reader, body="A reader asks a question.").article
    make_comment(article=article, author=reporter, body="Our reporter answers it.")
    page = client.get(article.url).content.decode()
    assert page.count(BADGE) == 1
    assert page.index(BADGE) > page.index("reporter")


def test_the_badge_follows_group_membership(client, editions, reader, other_reader):
    comment = make_comment(author=reader, body="Soon to be staff.")
    client.force_login(other_reader)  # signed in: no whole-page cache in between
    group, _ = Group.objects.get_or_create(name="Moderators")
    reader.groups.add(group)
    assert BADGE in client.get(comment.article.url).content.decode()
    reader.groups.remove(group)
    assert BADGE not in client.get(comment.article.url).content.decode()
