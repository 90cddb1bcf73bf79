"""Each comment is screened in its language: the edition's, unless the identifier is sure
it is another; unsure or mixed text falls back to the edition and the record says so."""

import pytest

from newsroom.articles.tests.factories import make_article, section
from newsroom.moderation.languages import identify, script_of
from newsroom.moderation.models import Review
from newsroom.moderation.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_a_short_comment_is_screened_in_the_editions_language():
    language = identify("Bravo!", "fr")
    assert language.code == "fr" and language.screened_in == ("fr",)
    assert "too short to tell" in language.reason and "fr" in language.reason


def test_the_identifier_overrides_the_edition_only_when_it_is_sure():
    german = identify("Ich weiß genau, wo die Redaktion sitzt, und das ist gut so.", "en")
    assert german.code == "de" and german.confidence >= 0.9
    # The edition's language is screened for as well: people quote and switch.
    assert german.screened_in == ("de", "en")
    assert "not the edition's en" in german.reason


def test_unsure_or_mixed_text_falls_back_to_the_edition_and_says_so():
    unsure = identify("merci danke gracias thanks spasibo", "fr")
    assert unsure.code == "fr" and unsure.confidence < 0.9
    assert unsure.reason.startswith("mixed or unsure: detected ")
    assert "screened as the edition's fr" in unsure.reason
    # What it may also be is screened for too.
    assert unsure.screened_in[0] == "fr" and unsure.detected in unsure.screened_in


def test_serbian_is_serbian_in_either_script():
    cyrillic = identify("Ђаци су у праву, влада мора да поднесе оставку одмах.", "ru")
    assert (cyrillic.code, cyrillic.script) == ("sr", "cyrillic")
    latin = identify("Đaci su u pravu, vlada mora da podnese ostavku odmah.", "en")
    assert (latin.code, latin.script) == ("sr", "latin")


def test_arabic_script_is_arabic():
    assert identify("هذا المقال ممتاز وشكرا على التغطية", "fr").code == "ar"
    assert script_of("هذا") == "arabic" and script_of("123 !") == ""


def test_the_checks_record_says_what_was_detected_and_what_was_used(editions, reader, rules):
    article = make_article(section(language="de"))
    comment = make_comment(
        article=article, author=reader, body="The council should publish the full report."
    )
    record = Review.objects.get(pk=comment.pk).checks[0]
    assert record["check"] == "language" and record["verdict"] == "pass"
    assert "detected en" in record["reason"] and "not the edition's de" in record["reason"]
    assert record["score"] >= 0.9


def test_our_walk_of_the_identifiers_model_gives_py3langids_answer():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newsroom.moderation import languages

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages([*languages.LANGUAGES, "hr", "bs"])
    ours = languages.identifier()
    for text in ["Die Regierung muss zurücktreten.", "ПРАВИТЕЛЬСТВО ЛЖЁТ", "", "1234", "Ђаци"]:
        expected = dict(reference.rank(text))
        assert ours.rank(text) == pytest.approx(expected, abs=1e-4), text


def test_the_identifiers_automaton_is_one_file_every_process_maps(settings, tmp_path):
    from newsroom.moderation.languages import Identifier

    first = Identifier(tmp_path / "langid")
    files = sorted(path.name for path in (tmp_path / "langid").iterdir())
    assert "nextmove.npy" in files and "classes.json" in files
    # A second process finds the files and maps them rather than building its own.
    second = Identifier(tmp_path / "langid")
    assert second.rank("Guten Morgen, liebe Leser!") == first.rank("Guten Morgen, liebe Leser!")
    assert second._nextmove.readonly
