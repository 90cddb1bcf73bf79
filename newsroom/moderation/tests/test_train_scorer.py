"""manage.py train_scorer learns from the newsroom's own moderators: it retrains with
their decisions, evaluates on a held-out part of them, and replaces the live model only
when the new one does better."""

import gzip
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsroom.articles.tests.factories import make_article, section
from newsroom.moderation import abuse_model, scorer_training
from newsroom.moderation.actions import do_approve, do_reject
from newsroom.moderation.dashboard import accuracy_by_language
from newsroom.moderation.tests.factories import make_comment

pytestmark = pytest.mark.django_db

# A newsroom whose readers insult each other as "cabbage-heads", which no public data
# set calls abuse: only the moderators' decisions can teach it.
REJECTED = [
    "you cabbage-head, nobody asked you number {n}",
    "shut it, cabbage-head {n}, crawl back under your rock",
    "what a cabbage-head take, {n} times a cabbage-head",
]
APPROVED = [
    "the cabbage harvest report {n} was interesting",
    "good point about the bridge budget, item {n}",
    "the minister answered question {n} badly",
]


@pytest.fixture
def small_public_data(tmp_path, monkeypatch):
    """The public data sets are large; a few rows of the same shape keep the test fast."""
    rows = [
        {"language": "en", "label": "abusive", "text": "you are a stupid idiot"},
        {"language": "en", "label": "abusive", "text": "shut up moron"},
        {"language": "en", "label": "acceptable", "text": "the council meets on monday"},
        {"language": "en", "label": "acceptable", "text": "thanks for the article"},
    ]
    with gzip.open(tmp_path / "small-en.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    (tmp_path / "written.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    monkeypatch.setattr(scorer_training, "TRAINING", tmp_path)


@pytest.fixture
def decisions(editions, reader, moderator, rules, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    article = make_article(section(language="en"))
    for n in range(16):
        for text in REJECTED:
            comment = make_comment(article=article, author=reader, body=text.format(n=n))
            do_reject(comment, moderator, "harassment")
        for text in APPROVED:
            comment = make_comment(article=article, author=reader, body=text.format(n=n))
            do_approve(comment, moderator)
    # Judged at an even threshold: the small model's scores sit near the middle.
    rules.toxicity_hold = 0.5
    rules.save()


def test_it_learns_the_moderators_decisions_and_replaces_the_live_model(
    small_public_data, decisions, capsys
):
    insult = "you cabbage-head, go away"
    before = abuse_model.current().score(insult, "en")
    call_command("train_scorer")
    output = capsys.readouterr().out
    assert "Held out for evaluation: site examples." in output
    assert "The new model is live" in output
    assert abuse_model.live_path().exists()
    abuse_model.forget()
    model = abuse_model.current()
    assert model.meta["held_out"] == "site"
    assert model.meta["evaluation"]["languages"]["en"]["recall"] > 0.5
    assert model.score(insult, "en") > max(before, 0.5)


def test_it_keeps_the_live_model_when_the_new_one_is_no_better(
    small_public_data, decisions, capsys
):
    # A live model that has seen every decision, the held-out ones included: a model
    # trained without those cannot beat it there.
    everything = scorer_training.public_examples() + scorer_training.site_examples()
    scorer_training.fit(everything).save(abuse_model.live_path())
    abuse_model.forget()
    kept = abuse_model.live_path().read_bytes()
    call_command("train_scorer")
    assert "kept it" in capsys.readouterr().out
    assert abuse_model.live_path().read_bytes() == kept


def test_spam_and_off_topic_rejections_teach_nothing_about_abuse(
    editions, reader, moderator, rules
):
    comment = make_comment(author=reader, body="Buy my boat, it is a lovely boat")
    do_reject(comment, moderator, "spam")
    other = make_comment(author=reader, body="My cat likes the rain")
    do_reject(other, moderator, "off_topic")
    abusive = make_comment(author=reader, body="You absolute worm")
    do_reject(abusive, moderator, "abuse")
    examples = scorer_training.site_examples()
    assert [(e.text, e.abusive) for e in examples] == [("You absolute worm", True)]


def test_the_dashboard_shows_precision_and_recall_per_language(
    client, editions, reader, moderator, rules
):
    article = make_article(section(language="fr"))
    held = make_comment(article=article, author=reader, body="Je sais où tu habites.")
    missed = make_comment(article=article, author=reader, body="Tu es un vrai déchet.")
    fine = make_comment(article=article, author=reader, body="Bon article, merci.")
    do_reject(held, moderator, "threat")
    do_reject(missed, moderator, "harassment")
    do_approve(fine, moderator)
    french = next(row for row in accuracy_by_language(timezone.now()) if row.language == "fr")
    assert (french.decisions, french.rejected) == (3, 2)
    assert french.screening_precision == 1.0 and french.screening_recall == 0.5
    client.force_login(moderator)
    page = client.get("/moderation/dashboard/").content.decode()
    assert "Screening against the moderators&#x27; decisions" in page or (
        "Screening against the moderators' decisions" in page
    )
    assert '<th scope="row">fr</th>' in page and "50%" in page
