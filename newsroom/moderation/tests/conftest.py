"""Moderation tests screen comments through the real pipeline, with the real scorer (our
own model, as shipped), and the shipped thresholds unless a test changes them. Their
people (moderator, admin, …) are the shared personas of newsroom/conftest.py."""

import pytest

from newsroom.moderation import abuse_model
from newsroom.moderation.checks import forget_word_list
from newsroom.moderation.models import ModerationSettings


@pytest.fixture(autouse=True)
def pipeline(settings):
    settings.MODERATION_SCORER = "newsroom.moderation.scorers.NewsroomScorer"
    forget_word_list()
    ModerationSettings.forget()
    abuse_model.forget()
    yield
    forget_word_list()
    ModerationSettings.forget()
    abuse_model.forget()


@pytest.fixture
def rules(db):
    """The thresholds, with new readers (and their links) trusted at once so that each
    test turns on only the rule it is about."""
    rules = ModerationSettings.current()
    rules.new_reader_approvals = 0
    rules.new_account_link_days = 0
    rules.save()
    return rules
