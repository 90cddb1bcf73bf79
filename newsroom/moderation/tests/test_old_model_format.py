"""A model an earlier version retrained into DATA_DIR (format 1, scikit-learn's hashing)
cannot be read by this one: it is not used, and the logs and `manage.py check` say so
instead of falling back in silence."""

import logging
from io import StringIO

import pytest
from django.core.management import call_command

from newsroom.moderation import abuse_model
from newsroom.moderation.system_checks import check_live_abuse_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_live_model(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    shipped = abuse_model.Model.load(abuse_model.SHIPPED)
    old = abuse_model.Model(shipped.weights, shipped.bias + 3.0, {**shipped.meta, "format": 1})
    old.save(abuse_model.live_path())
    abuse_model.forget()
    return shipped


def test_it_warns_in_the_logs_that_an_old_format_model_is_not_used(old_live_model, caplog):
    text = "The bridge opens in May."
    with caplog.at_level(logging.WARNING, logger="newsroom.moderation.abuse_model"):
        score = abuse_model.current().score(text, "en")
    assert score == pytest.approx(old_live_model.score(text, "en"))
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "format 1" in warnings[0] and "train_scorer" in warnings[0]
    assert str(abuse_model.live_path()) in warnings[0]


def test_it_says_so_once_not_at_every_reload(old_live_model, caplog, monkeypatch):
    monkeypatch.setattr(abuse_model, "RELOAD_CHECK_SECONDS", 0.0)
    with caplog.at_level(logging.WARNING, logger="newsroom.moderation.abuse_model"):
        for _ in range(3):
            abuse_model.current()
    assert sum(r.levelno == logging.WARNING for r in caplog.records) == 1


def test_manage_py_check_warns_of_an_old_format_live_model(old_live_model):
    [warning] = check_live_abuse_model()
    assert warning.id == "moderation.W001"
    assert "format 1" in warning.msg and "train_scorer" in warning.hint
    errors = StringIO()
    call_command("check", stdout=StringIO(), stderr=errors)
    assert "moderation.W001" in errors.getvalue()


def test_a_retrained_model_of_this_format_is_used_and_the_check_is_quiet(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    assert check_live_abuse_model() == []  # no live model at all
    shipped = abuse_model.Model.load(abuse_model.SHIPPED)
    louder = abuse_model.Model(shipped.weights, shipped.bias + 3.0, dict(shipped.meta))
    louder.save(abuse_model.live_path())
    abuse_model.forget()
    assert check_live_abuse_model() == []
    text = "The bridge opens in May."
    assert abuse_model.current().score(text, "en") > shipped.score(text, "en")


def test_a_damaged_live_model_is_named_by_the_check_too(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    abuse_model.live_path().parent.mkdir(parents=True)
    abuse_model.live_path().write_bytes(b"not a model")
    [warning] = check_live_abuse_model()
    assert "cannot be read" in warning.msg


@pytest.fixture
def small_public_data(tmp_path, monkeypatch):
    """A few rows in place of the public sets, to keep training fast."""
    import gzip
    import json

    from newsroom.moderation import scorer_training

    rows = [
        {"language": "en", "label": "abusive", "text": "you are a stupid idiot"},
        {"language": "en", "label": "abusive", "text": "shut up moron"},
        {"language": "en", "label": "acceptable", "text": "the council meets on monday"},
        {"language": "en", "label": "acceptable", "text": "thanks for the article"},
    ]
    training = tmp_path / "training"
    training.mkdir()
    with gzip.open(training / "small-en.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    (training / "written.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    monkeypatch.setattr(scorer_training, "TRAINING", training)


def test_train_scorer_leaves_no_old_format_model_behind(old_live_model, small_public_data, rules):
    out = StringIO()
    call_command("train_scorer", stdout=out)
    # Either the new model beat the shipped one and replaced the old file, or the old
    # file was deleted: the warning it caused is gone either way.
    assert check_live_abuse_model() == []
    said = out.getvalue()
    assert "The new model is live" in said or "Deleted the unusable model" in said
