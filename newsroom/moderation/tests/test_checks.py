"""Each screening check alone, on a comment about to be saved."""

import pytest

from newsroom.articles.models import Commenting
from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.moderation import checks
from newsroom.moderation.checks import FLAG, HOLD, PASS, REJECT, WARN
from newsroom.moderation.tests.factories import listed, make_comment, subject

pytestmark = pytest.mark.django_db


def test_words_block_hold_flag_and_mask(editions, reader, rules):
    listed("spamword", "block")
    listed("dimwit*", "hold")
    listed("clown show", "flag")
    listed("damn", "mask")
    assert checks.check_words(subject("Buy SPAMWORD now", reader)).verdict == REJECT
    held = checks.check_words(subject("What a pack of dimwits.", reader))
    assert held.verdict == HOLD and held.matches == ["dimwits"]
    flagged = checks.check_words(subject("This council is a clown   show", reader))
    assert flagged.verdict == FLAG and flagged.matches == ["clown   show"]
    masked = checks.check_words(subject("Damn the floods, damn them.", reader))
    assert masked.verdict == PASS
    assert masked.masked_body == "D*** the floods, d*** them."
    assert checks.check_words(subject("A calm comment.", reader)).verdict == PASS


def test_words_match_whole_words_only(editions, reader, rules):
    listed("ass", "hold")
    assert (
        checks.check_words(subject("An assessment of the class assembly.", reader)).verdict == PASS
    )
    assert checks.check_words(subject("What an ass.", reader)).verdict == HOLD


def test_too_many_links_hold(editions, reader, rules):
    rules.max_links = 2
    two = "See https://example.org/a and www.example.org/b"
    assert checks.check_links(subject(two, reader)).verdict == PASS
    three = two + " and http://example.net/c"
    result = checks.check_links(subject(three, reader))
    assert (result.verdict, result.score) == (HOLD, 3.0)


def test_shouting_holds_only_long_mostly_capital_text(editions, reader, rules):
    assert (
        checks.check_shouting(subject("THIS IS A DISGRACE AND EVERYONE KNOWS IT", reader)).verdict
        == HOLD
    )
    assert checks.check_shouting(subject("NO WAY!", reader)).verdict == PASS
    assert (
        checks.check_shouting(subject("The NHS and the EU agreed on a plan today.", reader)).verdict
        == PASS
    )


def test_repeated_text_and_duplicates(editions, reader, rules):
    assert checks.check_repetition(subject("Nooooooooooooo way", reader)).verdict == HOLD
    spammy = "buy buy buy buy buy buy buy buy now cheap"
    assert checks.check_repetition(subject(spammy, reader)).verdict == HOLD
    make_comment(author=reader, body="The dam report should be published in full, today.")
    again = checks.check_repetition(
        subject("the dam report should be published in full today!", reader)
    )
    assert again.verdict == REJECT and "same text" in again.reason
    assert checks.check_repetition(subject("A different thought entirely.", reader)).verdict == PASS


def test_a_new_readers_first_comments_are_held_until_enough_are_published(editions, reader, rules):
    rules.new_reader_approvals = 2
    rules.save()
    assert checks.check_new_reader(subject("Hello", reader)).verdict == HOLD
    make_comment(author=reader)  # published: new_reader_approvals is read per check
    Comment.objects.filter(author=reader).update(status="published")
    assert checks.check_new_reader(subject("Hello", reader)).verdict == HOLD
    make_comment(author=reader, body="Another published thought.")
    Comment.objects.filter(author=reader).update(status="published")
    assert checks.check_new_reader(subject("Hello", reader)).verdict == PASS


def test_a_high_recent_rejection_rate_holds(editions, reader, rules):
    for index in range(3):
        make_comment(author=reader, body=f"Comment number {index} on the story.")
    assert checks.check_rejection_rate(subject("Hi", reader)).verdict == PASS
    Comment.objects.filter(author=reader).update(status="rejected")
    result = checks.check_rejection_rate(subject("Hi", reader))
    assert result.verdict == HOLD and result.score == 1.0


def test_reader_and_article_premoderation(editions, reader, rules):
    assert checks.check_reader_premoderation(subject("Hi", reader)).verdict == PASS
    reader.profile.premoderated = True
    reader.profile.save()
    assert checks.check_reader_premoderation(subject("Hi", reader)).verdict == HOLD
    article = make_article(commenting=Commenting.PREMODERATED)
    assert (
        checks.check_article_premoderation(subject("Hi", reader, article=article)).verdict == HOLD
    )
    assert checks.check_article_premoderation(subject("Hi", reader)).verdict == PASS


def test_toxicity_warns_a_new_comment_and_holds_it_once_warned(editions, reader, rules):
    abusive = "Shut up you stupid bitch, you are worthless trash"
    first = checks.check_toxicity(subject(abusive, reader))
    assert first.verdict == WARN and first.score >= rules.toxicity_hold
    assert first.reason.startswith("newsroom-model: ")
    assert checks.check_toxicity(subject(abusive, reader, warned=True)).verdict == HOLD
    assert checks.check_toxicity(subject(abusive, reader, is_edit=True)).verdict == HOLD
    rules.toxicity_reject = 0.95
    rules.save()
    assert checks.check_toxicity(subject(abusive, reader)).verdict == REJECT
    calm = checks.check_toxicity(subject("The spillway design was reviewed in 2019.", reader))
    assert calm.verdict == PASS and calm.score < 0.5
