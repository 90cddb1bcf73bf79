"""Every environment variable the code reads is documented in the README's table."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.environment import env_bool, env_int, env_list

SETTING_READ = r'env_(?:str|int|bool|list|float|origins)\(\s*"([A-Z_]+)"'

ROOT = Path(__file__).resolve().parents[3]


def _variables_read_by_the_code() -> set[str]:
    names = set()
    for source in (ROOT / "newsroom").rglob("*.py"):
        if "tests" in source.parts or "testing" in source.parts:
            continue
        names.update(re.findall(SETTING_READ, source.read_text()))
    return names


def test_every_variable_is_in_the_readme_table():
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", readme, re.M))
    read = _variables_read_by_the_code()
    assert read, "found no settings at all: the scan is broken"
    assert read - documented == set(), "add these to the README's settings table"


@pytest.mark.parametrize(
    ("helper", "value"),
    [(env_bool, "perhaps"), (env_int, "twelve"), (env_int, "-3")],
)
def test_a_bad_value_fails_loudly(monkeypatch, helper, value):
    monkeypatch.setenv("NEWSROOM_TEST_VALUE", value)
    kwargs = {"minimum": 0} if helper is env_int else {}
    args = ("NEWSROOM_TEST_VALUE", 1) if helper is env_int else ("NEWSROOM_TEST_VALUE",)
    with pytest.raises(ImproperlyConfigured, match="NEWSROOM_TEST_VALUE"):
        helper(*args, **kwargs)


def test_values_are_read_as_their_types(monkeypatch):
    monkeypatch.setenv("NEWSROOM_TEST_VALUE", "yes")
    assert env_bool("NEWSROOM_TEST_VALUE") is True
    monkeypatch.setenv("NEWSROOM_TEST_VALUE", " 42 ")
    assert env_int("NEWSROOM_TEST_VALUE", 0) == 42
    monkeypatch.setenv("NEWSROOM_TEST_VALUE", "a.example, b.example,")
    assert env_list("NEWSROOM_TEST_VALUE", []) == ["a.example", "b.example"]
