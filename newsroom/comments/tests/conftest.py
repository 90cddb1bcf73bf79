"""Comment tests post through the real screening pipeline, as readers do. Its trust
check would hold every new reader's first comment for a moderator; these tests are
about the comment section, so new readers are trusted at once (moderation's own tests
keep the shipped thresholds)."""

import pytest

from newsroom.moderation.models import ModerationSettings


@pytest.fixture(autouse=True)
def trusting_moderation(db):
    rules = ModerationSettings.load()
    rules.new_reader_approvals = 0
    rules.save()
    yield rules
    ModerationSettings.forget()
