"""The proof-of-work widget's files are served by the site itself, its stylesheet as the
file the Content-Security-Policy allows, matching the pinned widget's own."""

import json
from pathlib import Path

import altcha_django
import pytest
from django.contrib.staticfiles import finders

WIDGET = Path(altcha_django.__file__).parent / "static" / "altcha_django" / "altcha.min.js"
OUR_CSS = Path(__file__).resolve().parents[1] / "static/core/vendor/altcha/altcha.css"


def _stylesheet_inside_the_widget() -> str:
    script = WIDGET.read_text(encoding="utf-8")
    start = script.index("}(':root {") + 2
    end = start + 1
    while script[end] != "'":
        end += 2 if script[end] == "\\" else 1
    literal = script[start + 1 : end].replace('"', '\\"').replace("\\'", "'")
    return json.loads(f'"{literal}"')


def test_the_vendored_stylesheet_is_the_widgets_own():
    assert OUR_CSS.read_text(encoding="utf-8") == _stylesheet_inside_the_widget()


@pytest.mark.django_db
def test_the_widget_and_its_stylesheet_come_from_the_site(client, editions):
    page = client.get("/en/newsletter/").text
    assert "cdn." not in page and "jsdelivr" not in page
    for name in ["altcha_django/altcha.min.js", "core/vendor/altcha/altcha.css"]:
        assert f"/static/{name}" in page
        assert finders.find(name), name
