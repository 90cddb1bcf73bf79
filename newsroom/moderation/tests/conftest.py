"""Moderation tests screen comments through the real pipeline, with the real scorer (our
own model, as shipped), and the shipped thresholds unless a test changes them."""

import pytest

from newsroom.conftest import _user, _verified
from newsroom.moderation import abuse_model
from newsroom.moderation.checks import forget_word_list
from newsroom.moderation.models import ModerationSettings
from newsroom.moderation.roles import MODERATORS, ensure_moderators_group


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


@pytest.fixture
def moderator(db, django_user_model):
    ensure_moderators_group()
    return _verified(_user(django_user_model, "moderator", MODERATORS))


@pytest.fixture
def admin(db, django_user_model):
    return _verified(_user(django_user_model, "admin", is_staff=True, is_superuser=True))
