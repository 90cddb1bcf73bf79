"""Reading /metrics back as numbers: what a scrape says, parsed as Prometheus does."""

import pytest
from prometheus_client.parser import text_string_to_metric_families

from newsroom.moderation.checks import forget_word_list
from newsroom.moderation.models import ModerationSettings


def scrape(client, **headers) -> dict[tuple, float]:
    """Every sample of /metrics, keyed by (name, sorted labels)."""
    response = client.get("/metrics", **headers)
    assert response.status_code == 200, response.content
    samples = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def rules(db):
    """Screening with new readers trusted at once, so that a comment's outcome is the
    one its words ask for; the word list forgotten before and after."""
    forget_word_list()
    rules = ModerationSettings.current()
    rules.new_reader_approvals = 0
    rules.new_account_link_days = 0
    rules.save()
    yield rules
    forget_word_list()
    ModerationSettings.forget()
