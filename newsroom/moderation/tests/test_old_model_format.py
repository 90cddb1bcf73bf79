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
