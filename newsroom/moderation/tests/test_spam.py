"""Spam: links with sales talk (the demo's "CHEAP FLIGHTS"), shortened links, links from
accounts days old, the same link or text across articles. Ordinary links are published."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.articles.tests.factories import make_article, section
from newsroom.moderation.demo import HELD
from newsroom.moderation.models import Review
from newsroom.moderation.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def spam_check(comment):
    return next(c for c in Review.objects.get(pk=comment.pk).checks if c["check"] == "spam")


def test_the_demos_cheap_flights_comment_is_held(editions, reader, rules):
    cheap_flights = next(body for body in HELD if "CHEAP FLIGHTS" in body)
    comment = make_comment(author=reader, body=cheap_flights)
    assert comment.status == "pending"
    assert "advertising" in comment.status_reason
    check = spam_check(comment)
    assert check["verdict"] == "hold" and "sales talk: cheap" in check["reason"]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("fr", "Vols pas chers et code promo ici : https://vols.example/promo"),
        ("de", "Günstige Flüge mit Rabatt: www.fluege.example"),
        ("es", "Vuelos baratos con descuento en https://vuelos.example"),
        ("ru", "Дешевые билеты со скидкой тут: https://bilety.example"),
        ("ar", "تذاكر طيران رخيصة مع خصم هنا https://tickets.example"),
        ("sr", "Јефтини летови са попустом: https://letovi.example"),
        ("sr", "Jeftini letovi sa popustom: https://letovi.example"),
    ],
)
def test_links_with_sales_talk_are_held_in_every_language(editions, reader, rules, language, body):
    article = make_article(section(language=language))
    comment = make_comment(article=article, author=reader, body=body)
    assert comment.status == "pending", body
    assert spam_check(comment)["verdict"] == "hold"


def test_an_ordinary_comment_with_a_link_is_published(editions, reader, rules):
    comment = make_comment(
        author=reader, body="The full report is at https://gov.example/report.pdf, page 12."
    )
    assert comment.status == "published"
    assert spam_check(comment)["verdict"] == "pass"


def test_shortened_links_are_held(editions, reader, rules):
    comment = make_comment(author=reader, body="Worth a read: https://bit.ly/3xYzAbc")
    assert comment.status == "pending"
    assert "shortened" in spam_check(comment)["reason"]


def test_links_from_a_new_account_wait_for_a_moderator(editions, reader, other_reader, rules):
    rules.new_account_link_days = 7
    rules.save()
    new = make_comment(author=reader, body="Background here: https://gov.example/report")
    assert new.status == "pending"
    assert "account opened less than 7 days ago" in spam_check(new)["reason"]
    other_reader.date_joined = timezone.now() - timedelta(days=30)
    other_reader.save()
    established = make_comment(
        author=other_reader, body="Background here: https://gov.example/report, see page 3"
    )
    assert established.status == "published"
    # Without a link, a new account's comment is not this check's business.
    assert make_comment(author=reader, body="A plain remark.").status == "published"


def test_the_same_link_on_several_articles_is_held(editions, reader, other_reader, rules):
    link = "https://deals.example/offer"
    for number in (1, 2):
        body = f"Interesting, part {number}: {link}"
        assert make_comment(article=make_article(), author=other_reader, body=body).status == (
            "published"
        )
    third = make_comment(article=make_article(), author=reader, body=f"Look at this {link}")
    assert third.status == "pending"
    assert "posted on 2 other articles today" in spam_check(third)["reason"]


def test_the_same_text_from_several_accounts_across_articles_is_held(
    editions, reader, other_reader, editor, rules
):
    text = "Everyone should read what the harbour authority is hiding from us all."
    for author in (other_reader, editor):
        make_comment(article=make_article(), author=author, body=text)
    third = make_comment(article=make_article(), author=reader, body=text)
    assert third.status == "pending"
    assert "same text was posted on 2 other articles today" in spam_check(third)["reason"]
    # A short common remark is not copy-paste spam.
    for _ in range(3):
        assert make_comment(article=make_article(), author=reader, body="Great piece!").status == (
            "published"
        )
