"""pytest plugin: picks the mode a suite runs in and starts its servers before Django loads.

`pytest` runs on the embedded default (SQLite, local-memory cache).
`pytest --scaled` starts real PostgreSQL and Redis servers on loopback and runs the
same tests against them. Outside CI a missing server skips the suite with a message
saying what to install; under CI=true it fails the run instead, so nothing is skipped
silently there.
"""

import os
import shutil
import tempfile

import pytest

from newsroom.testing.servers import PostgresServer, RedisServer, ServerMissing

_state: dict = {"servers": [], "missing": None, "data_dir": None}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pytest_addoption(parser):
    parser.addoption(
        "--scaled",
        action="store_true",
        help="Run against real PostgreSQL and Redis servers started for the run.",
    )


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    # A wrapper runs before pytest-django's own hook, which imports the settings.
    _state["data_dir"] = tempfile.mkdtemp(prefix="newsroom-test-data-")
    os.environ["DATA_DIR"] = _state["data_dir"]
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.testing.settings"
    for name in ("DATABASE_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    if getattr(early_config.known_args_namespace, "scaled", False):
        try:
            postgres, redis = PostgresServer(), RedisServer()
        except ServerMissing as missing:
            if in_ci():
                raise pytest.UsageError(
                    f"CI=true and the scaled suite cannot run: {missing}"
                ) from None
            _state["missing"] = str(missing)
        else:
            _state["servers"] = [postgres.start(), redis.start()]
            os.environ["DATABASE_URL"] = postgres.url
            os.environ["REDIS_URL"] = redis.url
    return (yield)


def pytest_report_header(config):
    if _state["missing"]:
        return f"scaled suite SKIPPED: {_state['missing']}"
    if _state["servers"]:
        return "mode: scaled (PostgreSQL + Redis on loopback)"
    return "mode: embedded default (SQLite + local-memory cache)"


def pytest_collection_modifyitems(config, items):
    if _state["missing"]:
        skip = pytest.mark.skip(reason=f"scaled suite skipped: {_state['missing']}")
        for item in items:
            item.add_marker(skip)


def pytest_unconfigure(config):
    for server in _state["servers"]:
        server.stop()
    if _state["data_dir"]:
        shutil.rmtree(_state["data_dir"], ignore_errors=True)
