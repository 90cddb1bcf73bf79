"""Whatever a visitor or a caller sends to the newsletter endpoints, no server error."""

import json

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
FUZZ = hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(email=text, edition=text)
def test_odd_signups_never_cause_a_server_error(client, editions, email, edition):
    response = client.post("/en/newsletter/", {"email": email, "edition": edition})
    assert response.status_code in (200, 400, 429)


@FUZZ
@given(token=text.filter(lambda t: "/" not in t and t.strip()))
def test_odd_tokens_never_cause_a_server_error(client, editions, token):
    for kind in ("confirm", "unsubscribe"):
        response = client.post(f"/en/newsletter/{kind}/{token}/")
        assert response.status_code < 500, (kind, token)


json_values = st.recursive(
    st.none() | st.booleans() | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=8,
)


@FUZZ
@given(body=st.one_of(text, json_values.map(json.dumps)))
def test_odd_webhook_bodies_never_cause_a_server_error(client, editions, settings, body):
    settings.NEWSLETTER_WEBHOOK_SECRET = "s3cret"
    response = client.post(
        "/newsletters/bounces",
        body,
        content_type="application/json",
        headers={"Authorization": "Bearer s3cret"},
    )
    assert response.status_code in (200, 400)
