"""Who may use /moderation/: signed-out visitors are sent to sign in, readers (and
editors without the role) are refused, moderators and admins get in. Every write is
checked on the server, whatever the page shows."""

import pytest
from django.urls import reverse

from newsroom.comments.models import Comment
from newsroom.moderation.models import AuditEntry
from newsroom.moderation.tests.factories import held_comment, make_comment

pytestmark = pytest.mark.django_db

PAGES = ["moderation:queue", "moderation:log", "moderation:dashboard", "moderation:updates"]


@pytest.fixture
def people(reader, editor, moderator, admin):
    return {"reader": reader, "editor": editor, "moderator": moderator, "admin": admin}


@pytest.mark.parametrize("page", PAGES)
def test_signed_out_visitors_are_sent_to_sign_in(client, editions, page):
    response = client.get(reverse(page))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert "next=/moderation/" in response["Location"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(
    ("who", "status"), [("reader", 403), ("editor", 403), ("moderator", 200), ("admin", 200)]
)
def test_only_moderators_and_admins_see_the_pages(client, editions, people, page, who, status):
    client.force_login(people[who])
    assert client.get(reverse(page)).status_code == status


def test_the_reader_page_needs_the_role_too(client, editions, people, other_reader):
    url = reverse("moderation:reader", args=[other_reader.pk])
    client.force_login(people["reader"])
    assert client.get(url).status_code == 403
    client.force_login(people["moderator"])
    assert client.get(url).status_code == 200


WRITES = [
    ("approve", lambda c, u: reverse("moderation:decide", args=[c.pk, "approve"]), {}),
    (
        "reject",
        lambda c, u: reverse("moderation:decide", args=[c.pk, "reject"]),
        {"reason": "spam"},
    ),
    ("feature", lambda c, u: reverse("moderation:decide", args=[c.pk, "feature"]), {}),
    ("bulk", lambda c, u: reverse("moderation:bulk"), {"action": "approve"}),
    (
        "ban",
        lambda c, u: reverse("moderation:reader-action", args=[u.pk, "ban"]),
        {"reason": "abuse"},
    ),
    (
        "suspend",
        lambda c, u: reverse("moderation:reader-action", args=[u.pk, "suspend"]),
        {"days": "3"},
    ),
    (
        "premoderate",
        lambda c, u: reverse("moderation:reader-action", args=[u.pk, "premoderate"]),
        {},
    ),
]


@pytest.mark.parametrize(("action", "url", "data"), WRITES, ids=[w[0] for w in WRITES])
@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("reader", False),
        ("editor", False),
        ("moderator", True),
        ("admin", True),
    ],
)
def test_every_action_is_authorised_on_the_server(
    client, editions, people, other_reader, rules, action, url, data, who, allowed
):
    comment = (
        held_comment(other_reader)
        if action in ("approve", "bulk")
        else make_comment(author=other_reader)
    )
    if who != "anonymous":
        client.force_login(people[who])
    before = AuditEntry.objects.exclude(automatic__gt="").count()
    response = client.post(url(comment, other_reader), {**data, "ids": str(comment.pk)})
    after = AuditEntry.objects.exclude(automatic__gt="").count()
    comment.refresh_from_db()
    other_reader.profile.refresh_from_db()
    changed = {
        "approve": comment.status == "published",
        "bulk": comment.status == "published",
        "reject": comment.status == "rejected",
        "feature": comment.featured_at is not None,
        "ban": other_reader.profile.banned_at is not None,
        "suspend": other_reader.profile.suspended_until is not None,
        "premoderate": other_reader.profile.premoderated,
    }[action]
    assert changed is allowed
    assert (after > before) is allowed
    if not allowed:
        assert response.status_code in (302, 403)
        if who == "anonymous":
            assert "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 302 and Comment.objects.filter(pk=comment.pk).exists()
