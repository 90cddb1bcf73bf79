"""The whole API fuzzed from its own OpenAPI schema (schemathesis): whatever it is sent —
odd ids, wrong types, missing fields, strings where numbers go, with a token of every
scope — it answers no 5xx, only what the schema documents, and every error is a clear
JSON message. Bounded: a few examples per operation, so the suite stays fast."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

from newsroom.api.endpoints import api
from newsroom.api.tests.conftest import token
from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.tests.factories import held_comment

EXAMPLES_PER_OPERATION = 10


@schemathesis.check
def errors_are_clear_json(ctx, response, case):
    """Every 4xx is JSON with a sentence in `detail`."""
    if 400 <= response.status_code < 500:
        content_type = next(
            (
                str(value)
                for name, value in response.headers.items()
                if name.lower() == "content-type"
            ),
            "",
        )
        assert "application/json" in content_type, f"{response.status_code} as {content_type}"
        detail = response.json().get("detail")
        assert isinstance(detail, str) and len(detail) > 3, f"unclear error: {response.text}"


@pytest.fixture
def whole_requests_keep_the_test_database():
    """Calling the WSGI application directly (not through Django's test client) would
    close the database connection at the end of each request, and with it the test's
    transaction; the test client does the same as this."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def fuzz_token(db, editions, django_user_model, whole_requests_keep_the_test_database):
    from newsroom.conftest import _user, _verified
    from newsroom.moderation.roles import MODERATORS, ensure_moderators_group

    ensure_moderators_group()
    moderator = _verified(_user(django_user_model, "fuzz_moderator", MODERATORS))
    reader = _verified(_user(django_user_model, "fuzz_reader"))
    # Something to find: an article with comments, one held, so some requests succeed.
    article = make_article()
    top = make_comment(article, reader, "A first comment to fuzz around")
    make_comment(parent=top, author=moderator, body="A reply")
    held_comment(reader)
    return token(moderator, "read", "write", "moderate")


# Built from the API object itself (what /api/openapi.json serves) when the module is
# collected, before any database exists; requests go to the WSGI application in-process.
schema = schemathesis.openapi.from_dict(dict(api.get_openapi_schema(path_prefix="/api/")))
schema.app = get_wsgi_application()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db
def test_the_api_never_errors_and_explains_every_refusal(case, fuzz_token):
    headers = {"Authorization": f"Bearer {fuzz_token}"}
    case.call_and_validate(headers=headers, additional_checks=[errors_are_clear_json])
