"""The data download, /<lang>/account/my-data.json: everything we hold about a reader,
and a walk over every model that fails when a field holding a reader is left out."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

from newsroom.comments.actions import do_report, do_vote
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.actions import do_reject
from newsroom.newsletters.actions import do_start_sending
from newsroom.newsletters.tests.factories import make_digest, make_subscriber
from newsroom.reader_data import NOT_IN_DOWNLOAD, PARTS

pytestmark = pytest.mark.django_db


def _download(client, user) -> dict:
    client.force_login(user)
    response = client.get("/en/account/my-data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return json.loads(response.content)


def _fields_that_can_hold_a_reader() -> set[str]:
    """Every field of every installed model that points at a user or holds an address."""
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            points_at_a_user = (
                isinstance(field, models.ForeignKey | models.ManyToManyField)
                and field.related_model is user_model
            )
            if points_at_a_user or isinstance(field, models.EmailField):
                found.add(f"{field.model._meta.label}.{field.name}")
    return found


def test_every_field_holding_a_reader_is_in_the_download_or_said_why_not():
    in_download = {name for part in PARTS for name in part.reads}
    holding = _fields_that_can_hold_a_reader()
    assert len(holding) > 20, "found too few fields: the walk is broken"

    assert holding - in_download - set(NOT_IN_DOWNLOAD) == set()
    assert in_download & set(NOT_IN_DOWNLOAD) == set()
    # Both lists name only fields that exist and hold a reader: none stays behind
    # after a field is renamed or removed.
    assert (in_download | set(NOT_IN_DOWNLOAD)) - holding == set()


def test_signed_out_visitors_are_sent_to_sign_in(client, editions):
    response = client.get("/en/account/my-data.json")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_holds_the_account_its_addresses_and_standing(client, editions, reader):
    EmailAddress.objects.create(user=reader, email="second@example.com", verified=False)
    reader.profile.premoderated = True
    reader.profile.save()

    account = _download(client, reader)["account"]

    assert account["email"] == reader.email
    assert account["email_addresses"] == [
        {"email": reader.email, "verified": True, "primary": True},
        {"email": "second@example.com", "verified": False, "primary": False},
    ]
    assert account["standing"]["every_comment_checked_first"] is True


def test_it_holds_the_readers_comments_votes_and_reports(client, editions, reader, other_reader):
    mine = make_comment(author=reader, body="mine")
    theirs = make_comment(author=other_reader, body="theirs")
    do_vote(comment=theirs, voter=reader, value=1)
    do_report(comment=theirs, reporter=reader, reason="spam")

    comments = _download(client, reader)["comments"]

    assert [(c["id"], c["text"]) for c in comments["comments"]] == [(mine.pk, "mine")]
    assert comments["votes"] == [{"comment": theirs.pk, "value": 1}]
    assert comments["reports"] == [{"comment": theirs.pk, "reason": "spam", "text": ""}]


def test_it_holds_moderation_notices_and_the_decisions_about_the_reader(
    client, editions, reader, editor
):
    comment = make_comment(author=reader, body="Buy cheap watches here")
    do_reject(comment, editor, "spam")

    moderation = _download(client, reader)["moderation"]

    [notice] = moderation["notices"]
    assert (notice["comment"], notice["decision"]) == (comment.pk, "rejected")
    assert notice["reason"] == "Removed by a moderator: spam."
    [decision] = moderation["decisions_about_you"]
    assert (decision["comment"], decision["action"]) == (comment.pk, "rejected")
    assert "editor" not in json.dumps(moderation)  # the moderator stays unnamed


def test_it_holds_the_newsletters_of_the_readers_confirmed_addresses(client, editions, reader):
    make_subscriber(reader.email.upper(), "en")  # addresses match whatever their case
    make_subscriber(reader.email, "de")
    digest = make_digest("en", stories=1)
    do_start_sending(digest)

    newsletters = _download(client, reader)["newsletters"]

    assert [(s["email"], s["edition"]) for s in newsletters["subscriptions"]] == [
        (reader.email, "de"),
        (reader.email, "en"),
    ]
    assert [(d["email"], d["digest"]) for d in newsletters["digests_sent"]] == [
        (reader.email, digest.subject)
    ]


def test_it_leaves_out_the_newsletters_of_an_address_the_reader_has_not_confirmed(
    client, editions, reader
):
    # Anyone may add someone else's address to their account; it proves nothing.
    EmailAddress.objects.create(user=reader, email="someone.else@example.com", verified=False)
    make_subscriber("someone.else@example.com", "en")

    assert _download(client, reader)["newsletters"]["subscriptions"] == []
