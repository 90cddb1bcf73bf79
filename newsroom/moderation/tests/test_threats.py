"""Threats and harassment without a strong word, per language: held for a moderator
(the clearest rejected) with a reason for both; harsh opinion, quotes and pests are not."""

import pytest

from newsroom.moderation import checks
from newsroom.moderation.checks import FLAG, HOLD, PASS, REJECT
from newsroom.moderation.tests.factories import make_comment, subject

pytestmark = pytest.mark.django_db


def threats(body, author, language):
    return checks.check_threats(subject(body, author, language=language))


HELD = [
    ("en", "We know where you live and where your kids play."),
    ("en", "Somebody should shoot that councillor."),
    ("en", "Your wife will pay for what you published."),
    ("en", "Journalists like her should be lined up and shot."),
    ("en", "Asylum seekers are parasites, every last one."),
    ("en", "I'd love to bang that presenter."),
    ("en", "Everyone hates you, you are a waste of space."),
    ("fr", "Je sais où tu habites, fais attention."),
    ("fr", "Quelqu'un devrait abattre ce ministre."),
    ("fr", "Ces gens-là sont des rats, tous."),
    ("fr", "Elle a couché avec le directeur pour ce poste."),
    ("de", "Wir wissen, wo du wohnst."),
    ("de", "Diese Politiker gehören alle aufgehängt."),
    ("de", "Flüchtlinge sind Parasiten."),
    ("de", "Die hat sich nach oben geschlafen."),
    ("es", "Sé dónde vives, ten cuidado."),
    ("es", "Habría que fusilarlos a todos."),
    ("es", "Los inmigrantes son una plaga."),
    ("es", "Vaya culo tiene la ministra."),
    ("ru", "Мы знаем, где ты живёшь."),
    ("ru", "Этих депутатов надо расстрелять."),
    ("ru", "Мигранты — это тараканы."),
    ("ru", "Она получила эфир через постель."),
    ("ar", "نعرف أين تسكن."),
    ("ar", "يجب قتلهم جميعا."),
    ("ar", "هؤلاء المهاجرون حشرات."),
    ("ar", "وصلت للمنصب لأنها نامت مع المدير."),
    ("sr", "Znamo gde živiš."),
    ("sr", "Треба их све побити."),
    ("sr", "Ovi ljudi su gamad."),
    ("sr", "Spavala je sa urednikom za taj posao."),
    ("en", "Refugees are all rapists and thieves."),
    ("de", "Juden sollten nicht arbeiten dürfen."),
    ("ru", "Цыгане — это воры."),
    ("sr", "Albanci su svi kriminalci."),
]

PUBLISHED = [
    ("en", "The council is corrupt and every councillor should resign."),
    ("en", "The ministers shot their mouths off again."),
    ("en", "I will find you the source later."),
    ("en", "The rats in the sewers are a plague this summer."),
    ("en", "Our kids will be paying for this bridge for decades."),
    ("fr", "Ce gouvernement est corrompu, qu'ils partent tous."),
    ("fr", "Je vais te trouver le lien vers le rapport."),
    ("de", "Der Minister gehört abgewählt, nicht befördert."),
    ("de", "Ich finde dich überzeugender, wenn du Quellen nennst."),
    ("es", "Te voy a buscar el enlace al informe."),
    ("es", "Las cucarachas en los pisos son una plaga."),
    ("ru", "Я найду тебе ссылку на доклад."),
    ("ru", "Это правительство — позор."),
    ("ar", "سأجد لك رابط التقرير."),
    ("ar", "هذه الحكومة فاسدة ويجب أن تستقيل."),
    ("sr", "Naći ću ti link ka izveštaju."),
    ("sr", "Ова влада је корумпирана."),
    ("en", "Immigrants are a net benefit to the economy, says the report."),
    ("en", "Women were not allowed to vote there until 1971."),
    ("fr", "Les immigrés sont souvent les premiers touchés par la crise."),
]


@pytest.mark.parametrize(("language", "body"), HELD)
def test_threats_and_harassment_are_held_in_every_language(editions, reader, rules, language, body):
    result = threats(body, reader, language)
    assert result.verdict in (HOLD, REJECT), body
    assert result.reason and result.author_reason and result.matches


@pytest.mark.parametrize(("language", "body"), PUBLISHED)
def test_harsh_opinion_and_lookalikes_pass(editions, reader, rules, language, body):
    assert threats(body, reader, language).verdict == PASS, body


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "I will kill you."),
        ("en", "Do everyone a favour and kill yourself."),
        ("fr", "Je vais te tuer."),
        ("de", "Ich bring dich um."),
        ("es", "Te voy a matar."),
        ("ru", "Я тебя убью."),
        ("ar", "سأقتلك."),
        ("sr", "Убићу те."),
        ("sr", "Ubicu te."),
    ],
)
def test_the_clearest_threats_are_rejected(editions, reader, rules, language, body):
    result = threats(body, reader, language)
    assert result.verdict == REJECT, body


def test_the_reason_tells_the_moderator_what_and_where(editions, reader, rules):
    result = threats("Someone should shoot the mayor.", reader, "en")
    assert "a call for, or a wish of, violence" in result.reason
    assert '"Someone should shoot"' in result.reason and "(en)" in result.reason
    assert result.author_reason == "it calls for violence against people"


def test_a_quoted_threat_is_published_and_flagged(editions, reader, rules):
    result = threats('The caller said "I know where you live" and hung up.', reader, "en")
    assert result.verdict == FLAG and "quotation marks" in result.reason
    german = threats("Er schrieb „Ich weiß, wo du wohnst“ und wurde gesperrt.", reader, "de")
    assert german.verdict == FLAG


def test_a_threat_in_another_language_than_the_editions_is_caught(editions, reader, rules):
    assert threats("Я знаю, где ты живёшь, и приду за тобой.", reader, "en").verdict == HOLD


def test_l33t_and_lookalike_letters_do_not_hide_a_threat(editions, reader, rules):
    assert threats("S0me0ne sh0uld sh00t the m4yor.", reader, "en").verdict == HOLD
    assert threats("I knоw whеrе yоu livе.", reader, "en").verdict == HOLD  # Cyrillic о, е


def test_a_held_threat_tells_its_author_why(editions, reader, rules):
    comment = make_comment(author=reader, body="We know where you live, journalist.")
    assert comment.status == "pending"
    assert "it reads as a threat" in comment.status_reason
