"""The one rate limiter: counts per key in a window that starts at the key's first hit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.core.models import RateCounter
from newsroom.core.ratelimit import Rate, hit, hits

pytestmark = pytest.mark.django_db

THREE_A_MINUTE = Rate("test:three", 3, 60)


def test_it_lets_the_limit_through_then_refuses():
    assert [hit(THREE_A_MINUTE, "someone") for _ in range(5)] == [True] * 3 + [False] * 2


def test_keys_and_scopes_count_apart():
    for _ in range(3):
        hit(THREE_A_MINUTE, "someone")
    assert hit(THREE_A_MINUTE, "someone else")
    assert hit(Rate("test:other", 3, 60), "someone")
    assert not hit(THREE_A_MINUTE, "someone")


def test_no_limit_counts_nothing():
    assert all(hit(Rate("test:off", 0, 60), "someone") for _ in range(10))


def test_several_limits_are_counted_together():
    one = Rate("test:one", 1, 60)
    assert hits((one, "a"), (THREE_A_MINUTE, "a")) == [True, True]
    assert hits((one, "a"), (THREE_A_MINUTE, "a")) == [False, True]


@pytest.fixture
def counting_in_the_table(settings):
    """The embedded default's store, whichever mode the suite runs in (in the scaled
    mode this runs the same UPSERT on PostgreSQL)."""
    settings.REDIS_URL = ""


def test_on_the_embedded_default_it_is_one_statement_and_keys_are_not_stored_as_such(
    counting_in_the_table,
):
    with CaptureQueriesContext(connection) as queries:
        hits((THREE_A_MINUTE, "reader@example.com"), (Rate("test:b", 2, 60), "203.0.113.9"))
    statements = [q["sql"] for q in queries.captured_queries if "SAVEPOINT" not in q["sql"]]
    assert sum("INSERT INTO core_ratecounter" in sql for sql in statements) == 1
    assert not RateCounter.objects.filter(bucket__contains="example.com").exists()
    assert RateCounter.objects.count() == 2


def test_a_window_that_ended_starts_again_and_ended_windows_are_pruned(counting_in_the_table):
    for _ in range(3):
        hit(THREE_A_MINUTE, "someone")
    hit(Rate("test:gone", 1, 60), "old")
    RateCounter.objects.update(expires_at=0)  # both windows have ended
    assert hit(THREE_A_MINUTE, "someone")  # counted from one again
    assert RateCounter.objects.count() == 1  # the other ended window was dropped
