"""A threat or slur in quotation marks: published for a moderator to look at when the
comment reports it (a reader telling what was said or sent to them), held when nothing
reports it or the writer takes it for their own, never rejected for being quoted."""

import pytest

from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.models import Comment
from newsroom.moderation import checks
from newsroom.moderation.checks import FLAG, HOLD, Subject
from newsroom.moderation.models import ModerationSettings
from newsroom.moderation.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def subject(body, author, language):
    article = make_article(section(language=language))
    comment = Comment(article=article, author=author, body=body)
    return Subject(comment, False, False, ModerationSettings.current())


REPORTED = [
    ("en", "He said 'I know where you live' and the police shrugged."),
    ("en", 'I received an email saying "we will burn your house down".'),
    ("es", "Me escribió «sé dónde vives» y la policía no hizo nada."),
    ("fr", "Il m'a envoyé « je sais où tu habites » trois fois."),
    ("de", "Er schrieb mir „Ich weiß, wo du wohnst“ und legte auf."),
    ("ru", "Он написал мне «я знаю, где ты живёшь» и пропал."),
    ("ar", "كتب لي «أعرف أين تسكن» ثم اختفى."),
    ("sr", "Napisao mi je „znam gde živiš“ i nestao."),
]

SAID = [
    ("en", '"I know where you live." Sleep well.'),
    ("en", "'Someone should shoot the mayor' - and he is right."),
    ("es", "«Sé dónde vives». Buenas noches."),
    ("fr", "« Je sais où tu habites ». Bonne nuit."),
    ("de", "„Ich weiß, wo du wohnst.“ Gute Nacht."),
    ("ru", "«Я знаю, где ты живёшь». Спокойной ночи."),
    ("ar", "«أعرف أين تسكن». تصبح على خير."),
    ("sr", "„Znam gde živiš.“ Laku noć."),
]


@pytest.mark.parametrize(("language", "body"), REPORTED)
def test_a_reported_threat_is_published_and_flagged(editions, reader, rules, language, body):
    result = checks.check_threats(subject(body, reader, language))
    assert result.verdict == FLAG, body
    assert "reported in quotation marks" in result.reason


@pytest.mark.parametrize(("language", "body"), SAID)
def test_a_threat_said_through_quotation_marks_is_held(editions, reader, rules, language, body):
    result = checks.check_threats(subject(body, reader, language))
    assert result.verdict == HOLD, body
    assert "not reported" in result.reason and "quotes a threat" in result.author_reason


def test_a_quoted_clearest_threat_is_held_not_rejected(editions, reader, rules):
    result = checks.check_threats(subject('"I will kill you." Think about it.', reader, "en"))
    assert result.verdict == HOLD
    reported = checks.check_threats(subject('He texted me "I will kill you".', reader, "en"))
    assert reported.verdict == FLAG


def test_a_quoted_slur_nothing_reports_is_held(editions, reader, rules):
    result = checks.check_words(subject('"Go back to your country." Enough said.', reader, "en"))
    assert result.verdict == HOLD


def test_a_reader_reporting_a_threat_is_published(editions, reader, rules):
    comment = make_comment(author=reader, body="He wrote 'we know where your kids go to school'.")
    assert comment.status == Comment.Status.PUBLISHED
    evading = make_comment(author=reader, body="'We know where your kids go to school.' Bye.")
    assert evading.status == Comment.Status.PENDING
