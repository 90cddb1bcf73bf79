"""Authors become unclaimed reader accounts keyed by email; a reader who confirms that
address inherits their comments. Names alone never merge two people."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from newsroom.comments.models import Comment
from newsroom.imports.models import ImportedAuthor
from newsroom.imports.tests.builders import Post, disqus, disqus_thread
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _import(story, importer, posts):
    return importer("disqus", disqus([disqus_thread("7", "https://old.example" + path_of(story))],
                                     posts))  # fmt: skip


def test_authors_become_unclaimed_accounts_that_cannot_sign_in(story, importer, client):
    _import(story, importer, [Post("1", "7", name="Ann Old", email="Ann@Example.com")])
    comment = Comment.objects.get()
    placeholder = comment.author
    assert comment.author_name == "Ann Old"
    assert not placeholder.is_active and not placeholder.has_usable_password()
    assert placeholder.email == ""  # so that the real Ann can still sign up with it
    author = ImportedAuthor.objects.get(user=placeholder)
    assert (author.email, author.is_claimed) == ("ann@example.com", False)
    assert not client.login(username=placeholder.username, password="")


def test_the_same_name_with_two_addresses_stays_two_people(story, importer):
    _import(story, importer, [Post("1", "7", name="Sam", email="sam1@example.com"),
                              Post("2", "7", name="Sam", email="sam2@example.com"),
                              Post("3", "7", name="Samuel", email="sam1@example.com")])  # fmt: skip
    one, two, three = (Comment.objects.get(import_record__source_id=n) for n in "123")
    assert one.author != two.author and one.author == three.author


def test_anonymous_guests_keep_their_names_and_are_not_merged_across_ids(story, importer):
    _import(story, importer, [
        Post("1", "7", name="Guest Kim", email="", anonymous=True),
        Post("2", "7", name="Guest Kim", email="", anonymous=True, username="kim-2"),
        Post("3", "7", name="", email="", anonymous=True),
    ])  # fmt: skip
    names = dict(
        Comment.objects.values_list("import_record__source_id", "author__profile__display_name")
    )
    assert names == {"1": "Guest Kim", "2": "Guest Kim", "3": "Guest"}
    one, two = (Comment.objects.get(import_record__source_id=n) for n in "12")
    assert one.author != two.author


def test_a_reader_who_signs_up_and_confirms_the_address_inherits_the_comments(
    story, importer, client
):
    _import(story, importer, [Post("1", "7", name="Ann Old", email="ann@example.com"),
                              Post("2", "7", name="Ann Old", email="ann@example.com")])  # fmt: skip
    placeholder = Comment.objects.first().author
    response = client.post("/en/accounts/signup/", {
        "email": "ann@example.com", "display_name": "Ann New",
        "password1": "a long and odd passphrase", "password2": "a long and odd passphrase",
    })  # fmt: skip
    assert response.status_code == 302
    ann = get_user_model().objects.get(email="ann@example.com")
    assert Comment.objects.filter(author=ann).count() == 0  # not before the address is confirmed
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body)
    client.post("/" + link.group(0).split("/", 3)[3])
    assert Comment.objects.filter(author=ann).count() == 2
    assert {c.author_name for c in Comment.objects.all()} == {"Ann New"}
    assert not get_user_model().objects.filter(pk=placeholder.pk).exists()
    assert ImportedAuthor.objects.get(key="email:ann@example.com").user == ann


def test_an_unconfirmed_address_inherits_nothing(story, importer, unverified_reader):
    _import(story, importer, [Post("1", "7", email=unverified_reader.email)])
    assert Comment.objects.get().author != unverified_reader


def test_a_reader_who_already_confirmed_the_address_gets_them_at_once(story, importer, reader):
    run = _import(story, importer, [Post("1", "7", name="Old name", email=reader.email.upper())])
    assert Comment.objects.get().author == reader
    assert run.counts["authors_existing"] == 1 and run.counts["authors_new"] == 0


def test_later_imports_find_the_claimed_author(story, importer, client, reader):
    from newsroom.imports.authors import do_claim

    _import(story, importer, [Post("1", "7", email="old@example.com")])
    do_claim(reader, "old@example.com")
    _import(story, importer, [Post("2", "7", email="old@example.com")])
    assert set(Comment.objects.values_list("author", flat=True)) == {reader.pk}
