"""Our own model: shipped as plain arrays (no pickle), loaded offline, the default
scorer; a live model retrained into DATA_DIR is used instead, a damaged one is not."""

import zipfile

import numpy as np
import pytest
from django.conf import settings

from newsroom.moderation import abuse_model, scorers
from newsroom.moderation.scorers import NewsroomScorer

pytestmark = pytest.mark.django_db


def test_the_shipped_model_is_plain_arrays_without_pickles():
    with zipfile.ZipFile(abuse_model.SHIPPED) as archive:
        assert sorted(archive.namelist()) == ["bias.npy", "meta.npy", "weights.npy"]
    with np.load(abuse_model.SHIPPED, allow_pickle=False) as arrays:
        assert arrays["weights"].shape == (abuse_model.FEATURES,)
        assert arrays["weights"].dtype == np.float16
    model = abuse_model.Model.load(abuse_model.SHIPPED)
    assert model.meta["format"] == abuse_model.FORMAT
    assert set(model.meta["examples"]) >= {f"written:{code}" for code in ("es", "ru", "sr")}


def test_our_model_is_the_default_scorer():
    assert settings.MODERATION_SCORER == "newsroom.moderation.scorers.NewsroomScorer"
    assert isinstance(scorers.configured_scorer(), NewsroomScorer)


@pytest.mark.parametrize(
    ("language", "abusive", "calm"),
    [
        ("en", "Shut up you stupid bitch, you are worthless trash", "The report came on Monday."),
        ("ru", "Заткнись, тупая тварь, ты мусор", "Доклад опубликовали в понедельник."),
        (
            "de",
            "Halt die Fresse, du dumme Schlampe, du bist Abschaum",
            "Der Bericht kam am Montag.",
        ),
        ("fr", "Ferme ta gueule, sale pute, t'es une merde", "Le rapport est paru lundi."),
        ("ar", "اخرسي يا شرموطة يا حقيرة يا زبالة", "نشر التقرير يوم الاثنين."),
    ],
)
def test_it_scores_abuse_above_calm_talk(language, abusive, calm):
    # Spanish and Serbian have only our written examples to learn from, and the shipped
    # model separates them less well; the word lists and threat rules carry them.
    scorer = NewsroomScorer()
    scorer.prepare()
    assert scorer.score(abusive, language) > scorer.score(calm, language) + 0.3


def test_a_model_in_data_dir_is_used_and_a_damaged_one_is_not(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    shipped = abuse_model.Model.load(abuse_model.SHIPPED)
    louder = abuse_model.Model(shipped.weights, shipped.bias + 3.0, dict(shipped.meta))
    louder.save(abuse_model.live_path())
    abuse_model.forget()
    text = "The bridge opens in May."
    assert abuse_model.current().score(text, "en") > shipped.score(text, "en")
    abuse_model.live_path().write_bytes(b"not a model")
    abuse_model.forget()
    assert abuse_model.current().score(text, "en") == pytest.approx(shipped.score(text, "en"))


def test_the_toxicity_check_tells_the_model_the_comments_language(editions, reader, rules):
    from newsroom.articles.tests.factories import make_article, section
    from newsroom.moderation.models import Review
    from newsroom.moderation.tests.factories import make_comment

    article = make_article(section(language="ru"))
    comment = make_comment(article=article, author=reader, body="Доклад опубликовали вчера.")
    toxicity = next(c for c in Review.objects.get(pk=comment.pk).checks if c["check"] == "toxicity")
    assert toxicity["reason"].startswith("newsroom-model: ")
    expected = abuse_model.current().score("Доклад опубликовали вчера.", "ru")
    assert toxicity["score"] == pytest.approx(expected, abs=1e-4)


def test_a_scorer_run_in_the_request_still_has_its_deadline(settings, editions, reader, rules):
    from newsroom.moderation.models import Review
    from newsroom.moderation.tests.factories import make_comment

    settings.MODERATION_SCORER = "newsroom.moderation.tests.scorers_for_tests.SlowInlineScorer"
    settings.MODERATION_SCORER_TIMEOUT = 0.3
    comment = make_comment(author=reader, body="A calm remark about the reservoir levels.")
    assert comment.status == "pending"
    toxicity = next(c for c in Review.objects.get(pk=comment.pk).checks if c["check"] == "toxicity")
    assert toxicity["verdict"] == "hold" and "no answer within 0.3 s" in toxicity["reason"]


def test_scoring_needs_neither_scikit_learn_nor_scipy():
    import subprocess
    import sys

    script = (
        "import sys, django; django.setup();"
        "from newsroom.moderation import abuse_model;"
        "abuse_model.current().score('Die Brücke wird im Mai eröffnet.', 'de');"
        "print('sklearn' in sys.modules or 'scipy' in sys.modules)"
    )
    env = {"DJANGO_SETTINGS_MODULE": "newsroom.settings", "PATH": "/usr/bin:/bin"}
    env["DATA_DIR"] = settings.DATA_DIR.__str__()
    answer = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert answer.stdout.strip() == "False"


def test_the_same_text_gets_the_same_columns_in_any_process():
    # Fixed hashing (no salt, no library): what the shipped weights were trained on.
    found, values = abuse_model.vector("ab _lang_en_")
    assert len(found) == len(values) and abs(float(values @ values) - 1.0) < 1e-5
    assert list(abuse_model.columns("ab")) == list(abuse_model.columns("ab"))
    assert abuse_model.columns("ab").max() < abuse_model.FEATURES
