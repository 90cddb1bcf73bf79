"""API tests: personas (from newsroom/conftest.py, plus a moderator), personal tokens
made through the real action, and a client that sends them. Posting goes through the
real screening pipeline; new readers are trusted at once, as in the comments' tests."""

import json

import pytest

from newsroom.api.actions import do_create_token
from newsroom.conftest import _user, _verified
from newsroom.moderation.models import ModerationSettings
from newsroom.moderation.roles import MODERATORS, ensure_moderators_group


@pytest.fixture(autouse=True)
def trusting_moderation(db):
    rules = ModerationSettings.load()
    rules.new_reader_approvals = 0
    rules.new_account_link_days = 0
    rules.save()
    yield rules
    ModerationSettings.forget()


@pytest.fixture
def moderator(db, django_user_model):
    ensure_moderators_group()
    return _verified(_user(django_user_model, "moderator", MODERATORS))


def token(user, *scopes: str, **kwargs) -> str:
    """A raw personal token of `user` with these scopes."""
    return do_create_token(user, "test app", list(scopes), **kwargs)[1]


class Api:
    """Django's test client speaking JSON, with a bearer token when given one."""

    def __init__(self, client, raw_token: str | None = None):
        self.client, self.raw_token = client, raw_token

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.raw_token}"} if self.raw_token else {}

    def get(self, path: str, params=None):
        return self.client.get(path, params or {}, headers=self._headers())

    def _send(self, method: str, path: str, data=None):
        return getattr(self.client, method)(
            path,
            json.dumps(data if data is not None else {}),
            content_type="application/json",
            headers=self._headers(),
        )

    def post(self, path: str, data=None):
        return self._send("post", path, data)

    def patch(self, path: str, data=None):
        return self._send("patch", path, data)

    def delete(self, path: str):
        return self._send("delete", path)


@pytest.fixture
def api_as(client):
    """api_as(user, *scopes) -> an API client with a fresh token; api_as(None): none."""

    def make(user=None, *scopes: str):
        return Api(client, token(user, *(scopes or ("read", "write"))) if user else None)

    return make
