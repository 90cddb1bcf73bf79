"""Comment cards are rendered once and served from the cache, never stale, and never
carry one reader's own parts into another reader's page (the classic cache bleed)."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test.signals import template_rendered
from django.urls import reverse

from newsroom.accounts.models import Profile
from newsroom.comments.actions import do_change_status, do_edit_comment, do_feature, do_vote
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # The whole-page cache for signed-out readers is tested elsewhere; here every
    # request assembles its thread, so what is asserted is the card cache.
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def thread(editions, other_reader):
    first = make_comment(author=other_reader, body="First thoughts on the harbour")
    second = make_comment(article=first.article, author=other_reader, body="Second thoughts")
    return first.article, first, second


def _thread(client, article) -> str:
    return client.get(reverse("comments:thread", args=[article.pk])).content.decode()


# The ways a signed-in reader is shown a thread: the thread's own page (drawn for them
# from cached cards), and the article page and the section a shared page fetches (from
# the section shared by all signed-in readers, with this reader's parts filled in).
WAYS = {
    "thread page": _thread,
    "article page": lambda client, article: client.get(article.url).content.decode(),
    "own section": lambda client, article: client.get(
        reverse("comments:section", args=[article.pk])
    ).content.decode(),
}


@pytest.fixture(params=list(WAYS))
def read(request):
    return WAYS[request.param]


def _card_renders(client, article) -> int:
    rendered = []

    def count(sender, template, context, **kwargs):
        if template.name == "comments/comment_body.html":
            rendered.append(template.name)

    template_rendered.connect(count)
    try:
        _thread(client, article)
    finally:
        template_rendered.disconnect(count)
    return len(rendered)


def test_a_second_page_view_renders_no_card(client, thread, reader):
    article, _first, _second = thread
    assert _card_renders(client, article) == 2
    assert _card_renders(client, article) == 0
    client.force_login(reader)
    assert _card_renders(client, article) == 2  # a signed-in reader's cards are their own kind
    assert _card_renders(client, article) == 0


def test_a_readers_own_comments_are_drawn_for_them_every_time(client, thread, other_reader):
    article, _first, _second = thread
    client.force_login(other_reader)
    assert _card_renders(client, article) == 2
    assert _card_renders(client, article) == 2


CHANGES = {
    "edit": lambda c, m: (
        setattr(c, "body", "Edited thoughts"),
        do_edit_comment(c, status=Comment.Status.PUBLISHED),
    ),
    "vote": lambda c, m: do_vote(comment=c, voter=m, value=1),
    "feature": lambda c, m: do_feature(c, True),
    "status": lambda c, m: do_change_status(c, Comment.Status.PENDING, "held"),
    "staff badge": lambda c, m: c.author.groups.add(Group.objects.get_or_create(name="Editors")[0]),
    "rename": lambda c, m: _rename(c.author.profile, "Renamed"),
    "account deleted": lambda c, m: c.author.delete(),
}
SHOWN = {
    "edit": "Edited thoughts",
    "vote": '<span class="score" aria-label="Score">1</span>',
    "feature": "badge--featured",
    "status": None,  # the comment leaves other readers' pages
    "staff badge": "badge--staff",
    "rename": "Renamed",
    "account deleted": "deleted user",
}


def _rename(profile: Profile, name: str) -> None:
    profile.display_name = name
    profile.save()


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_change_to_a_comment_shows_at_once(
    client, thread, reader, change, read, django_capture_on_commit_callbacks
):
    article, first, _second = thread
    client.force_login(reader)
    before = read(client, article)
    assert "First thoughts" in before
    with django_capture_on_commit_callbacks(execute=True):
        CHANGES[change](Comment.objects.select_related("author__profile").get(pk=first.pk), reader)
    after = read(client, article)
    if SHOWN[change] is None:
        assert "First thoughts" not in after
    else:
        assert SHOWN[change] not in before and SHOWN[change] in after


def test_nobody_sees_another_readers_controls_votes_or_held_comments(
    client, editions, reader, other_reader, make_reader, read
):

    moderator = make_reader("moderator_persona", is_staff=True)
    mine = make_comment(author=reader, body="My published view")
    theirs = make_comment(article=mine.article, author=other_reader, body="Their view")
    held = make_comment(article=mine.article, author=reader, body="My held words")
    do_change_status(held, Comment.Status.PENDING, "waiting")
    do_vote(comment=theirs, voter=reader, value=1)
    article = mine.article
    pages = {}
    for who in (reader, other_reader, moderator):
        client.force_login(who)
        pages[who.username] = (read(client, article), client.cookies["csrftoken"].value)
    mine_page, my_token = pages["reader"]
    their_page, their_token = pages["other_reader"]
    staff_page, _token = pages["moderator_persona"]
    edit_mine = reverse("comments:edit", args=[mine.pk])
    edit_theirs = reverse("comments:edit", args=[theirs.pk])
    assert edit_mine in mine_page and edit_mine not in their_page + staff_page
    assert edit_theirs in their_page and edit_theirs not in mine_page + staff_page
    assert "My held words" in mine_page and "Awaiting moderation" in mine_page
    assert "My held words" not in their_page + staff_page
    pressed = re.compile(
        rf'vote/" hx-post="[^"]*{theirs.pk}/vote/"[^>]*>.*?aria-pressed="true"', re.S
    )
    assert pressed.search(mine_page) and not pressed.search(staff_page)
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', mine_page + their_page))
    assert tokens, "the vote forms carry a token"
    for page, _own in pages.values():
        assert "\x00" not in page


def test_a_reported_comment_says_so_to_its_reporter_only(client, thread, reader, make_reader, read):
    from newsroom.comments.actions import do_report

    article, first, _second = thread
    do_report(comment=first, reporter=reader, reason="spam")
    client.force_login(reader)
    page = read(client, article)
    assert "Reported" in page
    assert reverse("comments:report", args=[first.pk]) not in page
    someone = make_reader("someone_else")
    client.force_login(someone)
    assert reverse("comments:report", args=[first.pk]) in read(client, article)
