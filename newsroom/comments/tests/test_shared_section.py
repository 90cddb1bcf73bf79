"""The comment section is drawn once per thread version for all signed-in readers and
kept in the cache; each reader's own parts go in per request. The thread's versions
live in the database, moved by every write in its transaction, so every web process
sees a write at once (a per-process cache could not)."""

import re

import pytest
from django.test.signals import template_rendered
from django.urls import reverse

from newsroom.comments.actions import (
    do_change_status,
    do_delete_comment,
    do_edit_comment,
    do_feature,
    do_vote,
)
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment
from newsroom.comments.threads import thread_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(editions, reader, other_reader):
    mine = make_comment(author=reader, body="Reader's view on the harbour")
    theirs = make_comment(article=mine.article, author=other_reader, body="Other view")
    return mine.article, mine, theirs


def _section(client, article) -> str:
    return client.get(reverse("comments:section", args=[article.pk])).content.decode()


def _renders(client, article) -> list[str]:
    rendered: list[str] = []

    def count(sender, template, context, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(count)
    try:
        _section(client, article)
    finally:
        template_rendered.disconnect(count)
    return rendered


def test_a_second_reader_gets_the_section_without_drawing_it(client, story, reader, other_reader):
    article, _mine, _theirs = story
    client.force_login(reader)
    assert "comments/section.html" in _renders(client, article)
    client.force_login(other_reader)
    # Only their own card is drawn for them; the section itself comes from the cache.
    assert _renders(client, article) == ["comments/comment_body.html", "comments/votes.html"]


def test_each_reader_gets_their_own_controls_votes_and_token(client, story, reader, other_reader):
    article, mine, theirs = story
    do_vote(comment=theirs, voter=reader, value=-1)
    pages = {}
    for who in (reader, other_reader):
        client.force_login(who)
        pages[who.username] = (_section(client, article), client.cookies["csrftoken"].value)
    my_page, their_page = pages["reader"][0], pages["other_reader"][0]
    edit_mine, edit_theirs = (reverse("comments:edit", args=[c.pk]) for c in (mine, theirs))
    assert edit_mine in my_page and edit_mine not in their_page
    assert edit_theirs in their_page and edit_theirs not in my_page
    down = re.compile(rf'{theirs.pk}/vote/".*?vote--down" aria-pressed="(true|false)"', re.S)
    assert down.search(my_page)[1] == "true"
    assert "Reader" in my_page and 'aria-pressed="true"' not in their_page
    keys = [
        re.search(r'name="idempotency_key"[^>]*value="([0-9a-f]+)"', p)[1]
        for p in (my_page, their_page)
    ]
    assert keys[0] != keys[1], "every form shown gets a key of its own"
    for page, _token in pages.values():
        assert "\x00" not in page and 'name="csrfmiddlewaretoken" value=""' not in page


def test_a_readers_name_is_theirs_alone(client, story, reader, other_reader):
    article, _mine, _theirs = story
    reader.profile.display_name = "Ada Reader"
    reader.profile.save()
    client.force_login(reader)
    assert "<span data-reader-name>Ada Reader</span>" in _section(client, article)
    client.force_login(other_reader)
    assert "data-reader-name>Ada Reader" not in _section(client, article)


def test_a_reader_with_a_comment_waiting_gets_a_section_of_their_own(
    client, story, reader, other_reader
):
    article, _mine, _theirs = story
    waiting = make_comment(article=article, author=reader, body="My words, waiting")
    do_change_status(waiting, Comment.Status.PENDING, "held")
    client.force_login(other_reader)
    assert "My words, waiting" not in _section(client, article)
    client.force_login(reader)
    own = _section(client, article)
    assert "My words, waiting" in own and "Awaiting moderation" in own
    client.force_login(other_reader)
    assert "My words, waiting" not in _section(client, article)


WRITES = {
    "post": lambda c: make_comment(article=c.article, body="Another"),
    "edit": lambda c: (setattr(c, "body", "Edited"), do_edit_comment(c, status="published")),
    "delete": lambda c: do_delete_comment(c),
    "status": lambda c: do_change_status(c, Comment.Status.REJECTED, "spam"),
    "feature": lambda c: do_feature(c, True),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_moves_the_threads_version_in_the_database(story, write):
    _article, mine, _theirs = story
    before = thread_state(mine.article_id)
    WRITES[write](Comment.objects.get(pk=mine.pk))
    after = thread_state(mine.article_id)
    assert after.shape > before.shape and after.version != before.version


def test_a_vote_moves_only_the_scores_version(story, other_reader):
    _article, mine, _theirs = story
    before = thread_state(mine.article_id)
    do_vote(comment=mine, voter=other_reader, value=1)
    after = thread_state(mine.article_id)
    assert after.shape == before.shape and after.scores == before.scores + 1


def test_a_write_shows_even_when_this_process_cache_missed_it(
    client, story, reader, other_reader, django_capture_on_commit_callbacks
):
    """What another web process's write looks like to this one: nothing in this
    process's cache was told; the versions in the database were."""
    from django.core.cache import cache

    article, _mine, _theirs = story
    client.force_login(other_reader)
    _section(client, article)
    # The embedded default's cache is per process (with Redis, all share one).
    from django.core.cache.backends.locmem import LocMemCache

    local = cache._cache if isinstance(cache, LocMemCache) else None
    kept = dict(local) if local is not None else {}
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(article=article, author=reader, body="Posted through another process")
    if local is not None:
        local.clear()
        local.update(kept)  # as if the write had happened in another process
    assert "Posted through another process" in _section(client, article)


# --- the section for any reader, and each reader's parts as JSON ----------------------


def _shared(client, article):
    return client.get(reverse("comments:shared_section", args=[article.pk]))


def _parts(client, article, ids) -> dict:
    url = reverse("comments:reader_parts", args=[article.pk])
    return client.get(url, {"ids": ",".join(str(i) for i in ids)}).json()


def test_the_section_for_any_reader_is_the_same_for_everyone_and_kept(
    client, story, reader, other_reader
):
    from newsroom.core.page_cache import PERSONALISES_COOKIE

    article, mine, theirs = story
    do_vote(comment=theirs, voter=reader, value=1)
    client.cookies[PERSONALISES_COOKIE] = "1"
    client.force_login(reader)
    first = _shared(client, article)
    assert first["X-Page-Cache"] == "miss"
    client.force_login(other_reader)
    second = _shared(client, article)
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    page = first.content.decode()
    assert 'aria-pressed="true"' not in page and 'name="csrfmiddlewaretoken" value=""' in page
    assert reverse("comments:edit", args=[mine.pk]) not in page and "\x00" not in page
    assert 'data-signed-in="1"' in page and 'class="comment-form"' in page


def test_a_restricted_articles_shared_section_is_checked_for_each_reader(client, story, reader):
    from wagtail.models import PageViewRestriction

    from newsroom.core.page_cache import PERSONALISES_COOKIE

    article, _mine, _theirs = story
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    client.cookies[PERSONALISES_COOKIE] = "1"
    client.force_login(reader)
    assert _shared(client, article).status_code == 404  # no password given
    assert "X-Page-Cache" not in _shared(client, article)


def test_each_readers_parts_are_their_own(client, story, reader, other_reader):
    from newsroom.comments.actions import do_report

    article, mine, theirs = story
    do_vote(comment=theirs, voter=reader, value=-1)
    do_report(comment=theirs, reporter=reader, reason="spam")
    ids = [mine.pk, theirs.pk]
    client.force_login(reader)
    parts = _parts(client, article, ids)
    assert parts["votes"] == {str(theirs.pk): -1} and parts["reported"] == [theirs.pk]
    assert list(parts["own"]) == [str(mine.pk)]
    assert reverse("comments:edit", args=[mine.pk]) in parts["own"][str(mine.pk)]
    assert parts["csrf"] and parts["name"] == reader.profile.display_name
    client.force_login(other_reader)
    theirs_parts = _parts(client, article, ids)
    assert theirs_parts["votes"] == {} and theirs_parts["reported"] == []
    assert list(theirs_parts["own"]) == [str(theirs.pk)]


def test_own_cards_are_only_of_this_article(client, story, reader, editions):
    article, _mine, _theirs = story
    elsewhere = make_comment(author=reader, body="On another story")
    client.force_login(reader)
    assert _parts(client, article, [elsewhere.pk])["own"] == {}


def test_a_reader_with_a_comment_waiting_is_told_to_fetch_their_whole_section(
    client, story, reader
):
    article, _mine, _theirs = story
    waiting = make_comment(article=article, author=reader, body="Waiting words")
    do_change_status(waiting, Comment.Status.PENDING, "held")
    client.force_login(reader)
    assert _parts(client, article, [])["whole_section"] is True


def test_signed_out_and_bad_ids_get_clear_answers(client, story):
    article, mine, _theirs = story
    assert _parts(client, article, [mine.pk]) == {"signed_in": False}
    url = reverse("comments:reader_parts", args=[article.pk])
    answer = client.get(url, {"ids": "1,x"})
    assert answer.status_code == 400 and "not valid" in answer.json()["error"]


def test_a_readers_parts_cost_five_small_statements(
    client, story, reader, django_assert_num_queries
):
    # Session (unless cached), reader with profile, article and its restrictions,
    # thread state, marks:
    # every signed-in page view with the site's script asks this.
    article, _mine, theirs = story
    client.force_login(reader)
    from newsroom.accounts.tests.test_sessions import session_statements

    with django_assert_num_queries(session_statements() + 4):
        parts = _parts(client, article, [theirs.pk])
    assert parts["signed_in"] is True and parts["whole_section"] is False


def test_a_restricted_articles_parts_need_what_the_page_needs(client, story, reader):
    from wagtail.models import PageViewRestriction

    article, mine, _theirs = story
    section = article.get_parent()
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")
    client.force_login(reader)
    url = reverse("comments:reader_parts", args=[article.pk])
    assert client.get(url, {"ids": str(mine.pk)}).status_code == 404
    PageViewRestriction.objects.all().delete()
    assert client.get(url, {"ids": str(mine.pk)}).status_code == 200


def test_a_draft_articles_parts_are_not_found(client, story, reader):
    article, mine, _theirs = story
    article.unpublish()
    client.force_login(reader)
    url = reverse("comments:reader_parts", args=[article.pk])
    assert client.get(url, {"ids": str(mine.pk)}).status_code == 404
