"""Whatever a moderator's browser sends to /moderation/, never a server error: odd query
strings, form fields and ids get a clear answer, and nothing changes on bad input."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.comments.models import Comment
from newsroom.moderation.tests.factories import held_comment

pytestmark = pytest.mark.django_db

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
QUERY_KEYS = ["tab", "order", "edition", "section", "article", "reason", "page", "after"]
LOG_KEYS = ["action", "who", "reader", "comment", "since", "before"]


@pytest.fixture
def signed_in(client, editions, moderator, reader, rules):
    client.force_login(moderator)
    return client, held_comment(reader)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(text, min_size=8, max_size=8))
def test_odd_query_strings_never_cause_a_server_error(signed_in, values):
    client, _comment = signed_in
    query = dict(zip(QUERY_KEYS, values, strict=True))
    for name in ("moderation:queue", "moderation:updates"):
        assert client.get(reverse(name), query).status_code == 200
    log_query = dict(zip(LOG_KEYS, values, strict=False))
    assert client.get(reverse("moderation:log"), log_query).status_code == 200


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(decision=text, reason=text, note=text, ids=text, days=text, until=text)
def test_odd_form_fields_never_cause_a_server_error(
    signed_in, decision, reason, note, ids, days, until
):
    client, comment = signed_in
    fetch = {"X-Requested-With": "fetch"}
    for action in ("reject", decision or "x"):
        url = f"/moderation/comments/{comment.pk}/{action}/"
        response = client.post(url, {"reason": reason, "note": note}, headers=fetch)
        assert response.status_code < 500
    bulk = client.post(
        reverse("moderation:bulk"), {"action": reason, "ids": ids, "reason": note}, headers=fetch
    )
    assert bulk.status_code < 500
    reader_id = comment.author_id
    for action in ("suspend", "ban", decision or "x"):
        response = client.post(
            f"/moderation/readers/{reader_id}/{action}/",
            {"days": days, "until": until, "message": note, "reason": ""},
            headers=fetch,
        )
        assert response.status_code < 500
    assert Comment.objects.filter(pk=comment.pk, status__in=["pending", "rejected"]).exists()


def test_unknown_comments_and_readers_are_404(signed_in):
    client, _comment = signed_in
    assert client.post("/moderation/comments/999999/approve/").status_code == 404
    assert client.get("/moderation/readers/999999/").status_code == 404
    assert client.post("/moderation/readers/999999/ban/", {"reason": "x"}).status_code == 404


def test_reading_pages_refuse_writes_and_actions_refuse_reads(signed_in):
    client, comment = signed_in
    assert client.post(reverse("moderation:queue")).status_code == 405
    assert client.get(f"/moderation/comments/{comment.pk}/approve/").status_code == 405


@pytest.mark.parametrize("odd", ["²", "٣", "9" * 30, "461170000000000000"])
def test_numbers_that_are_not_database_ids_are_ignored(signed_in, odd):
    client, comment = signed_in
    for key in ("page", "section", "article", "after"):
        assert client.get(reverse("moderation:queue"), {key: odd}).status_code == 200
    assert client.get(reverse("moderation:updates"), {"after": odd}).status_code == 200
    assert client.get(reverse("moderation:log"), {"before": odd, "reader": odd}).status_code == 200
    bulk = client.post(reverse("moderation:bulk"), {"action": "approve", "ids": [odd, comment.pk]})
    assert bulk.status_code == 302


def test_nul_characters_in_filters_are_dropped(signed_in):
    client, comment = signed_in
    page = client.get(reverse("moderation:queue"), {"edition": "e\x00n", "reason": "read\x00er"})
    assert page.status_code == 200
