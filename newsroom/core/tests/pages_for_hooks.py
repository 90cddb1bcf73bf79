"""Pages that show every hook filled, rendered for comparison by the hook tests, here or
in a process of their own (see apps_order_settings.py)."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.models import Notice
from newsroom.podcasts.tests.factories import make_episode, make_show

ROOT = Path(__file__).resolve().parents[3]
# A fresh CSRF token is masked differently on every response, and every comment form
# carries a new idempotency key.
_CSRF = re.compile(
    r'(name="(?:csrfmiddlewaretoken|idempotency_key)"(?: id="[^"]*")? value=")[^"]+"'
)


def make_hooked_content(reader) -> dict[str, str]:
    """An article with a comment, a podcast episode and a moderation notice: the paths
    of the pages that then show every hook with something in it."""
    episode = make_episode(make_show(title="The Briefing"), title="Monday's news")
    article = make_article(title="The dam holds")
    comment = make_comment(article, author=reader, body="Good to hear.")
    Notice.objects.create(
        reader=reader,
        comment=comment,
        decision="rejected",
        reason="Off topic.",
        excerpt="Good to hear.",
        article_title=article.title,
        article_url=article.url,
    )
    return {
        "front": "/en/",
        "section": article.get_parent().url,
        "article": article.url,
        "episode": episode.url,
        "newsletter": "/en/newsletter/",
        "account": "/en/account/",
    }


def render_pages(paths: dict[str, str], reader) -> dict[str, str]:
    """Each page's HTML as the reader sees it (signed in, so never from the page cache)."""
    client = Client()
    client.force_login(reader)
    pages = {}
    for name, path in paths.items():
        response = client.get(path)
        assert response.status_code == 200, (name, path, response.status_code)
        pages[name] = _CSRF.sub(r'\1"', response.content.decode())
    return pages


def render_pages_in_a_process(paths: dict[str, str], reader, apps_order: str) -> dict[str, str]:
    """The same pages from a fresh process whose INSTALLED_APPS lists our apps in
    `apps_order` ("installed" or "reversed"); the content must be committed."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.core.tests.apps_order_settings",
        "NEWSROOM_TEST_DATABASE": str(connection.settings_dict["NAME"]),
        "NEWSROOM_APPS_ORDER": apps_order,
    }
    done = subprocess.run(
        [sys.executable, "-c", _IN_A_PROCESS, str(reader.pk)],
        input=json.dumps(paths),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def render_for_parent() -> None:
    """In the child process: the pages named on stdin, for the reader named in argv."""
    from django.test.utils import setup_test_environment

    setup_test_environment(debug=False)  # the test client's host name, as under pytest
    reader = get_user_model().objects.get(pk=int(sys.argv[1]))
    json.dump(render_pages(json.load(sys.stdin), reader), sys.stdout)


_IN_A_PROCESS = (
    "import django; django.setup(); "
    "from newsroom.core.tests.pages_for_hooks import render_for_parent; render_for_parent()"
)
