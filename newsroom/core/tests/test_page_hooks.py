"""The hooks apps fill on pages they do not own: declared in one place, every filler
found and shown."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.template import Template, TemplateSyntaxError
from django.template.loader import get_template

from newsroom.core.hooks import PAGE_HOOKS
from newsroom.core.tests.pages_for_hooks import make_hooked_content, render_pages

_HOOK_TAG = re.compile(r"""{%\s*hook\s+["']([^"']+)["']\s*%}""")


def _our_template_files():
    for config in apps.get_app_configs():
        if config.name.startswith("newsroom."):
            yield from (path for path in (Path(config.path) / "templates").rglob("*.*"))


def test_every_hook_a_template_names_is_declared_and_every_declared_hook_is_used():
    named = set()
    for path in _our_template_files():
        named.update(_HOOK_TAG.findall(path.read_text()))

    assert named == set(PAGE_HOOKS)


def test_every_filler_is_a_template_that_exists():
    for hook, fillers in PAGE_HOOKS.items():
        for name in fillers:
            assert get_template(name), (hook, name)  # raises TemplateDoesNotExist


def test_a_template_naming_an_undeclared_hook_does_not_compile():
    with pytest.raises(TemplateSyntaxError, match="newsroom/core/hooks.py"):
        Template('{% load site_shell %}{% hook "sidebar_of_dreams" %}')
    with pytest.raises(TemplateSyntaxError, match="one quoted name"):
        Template("{% load site_shell %}{% hook before_footer %}")


def test_each_page_shows_what_its_hooks_are_filled_with(editions, reader, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    pages = render_pages(make_hooked_content(reader), reader)

    assert 'class="newsletter-signup"' in pages["front"]  # before_footer
    assert "comments/counts.js" in pages["front"]  # end_of_body
    assert 'class="card__comments"' in pages["front"]  # card_meta
    assert 'class="latest-episode' in pages["front"]  # home_after_sections
    assert 'id="comments"' in pages["article"]  # after_article
    assert 'aside class="sidebar"' in pages["article"]
    assert 'class="latest-episode' in pages["article"].split('aside class="sidebar"')[1]
    assert 'class="moderation-notices"' in pages["account"]  # account_notices
    # The newsletter's own page and the account page ask for an address already.
    assert 'class="newsletter-signup"' not in pages["newsletter"]
    assert 'class="newsletter-signup"' not in pages["account"]
