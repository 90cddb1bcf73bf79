"""A strict Content-Security-Policy on every reader page, and templates it holds for: no
inline script, no `on…=` handler, no `style=` attribute, no `javascript:` link."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.core.content_security import SITE_POLICY, STAFF_POLICY

pytestmark = pytest.mark.django_db

PACKAGE = Path(settings.PACKAGE_DIR)


def _policy(response) -> dict[str, str]:
    header = response.headers.get("Content-Security-Policy", "")
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def test_the_site_policy_is_strict():
    policy = dict(part.strip().split(" ", 1) for part in SITE_POLICY.split(";"))
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in SITE_POLICY


@pytest.fixture
def pages(editions, reader, other_reader, settings, tmp_path):
    from newsroom.podcasts.tests.factories import make_episode, make_show

    settings.MEDIA_ROOT = tmp_path / "media"
    article = make_article()
    comment = make_comment(article=article, author=other_reader)
    episode = make_episode(make_show())
    return {
        "home": "/en/",
        "section": article.get_parent().url,
        "article with comments": article.url,
        "search": "/en/search/?q=glacier",
        "tag": "/en/tags/nothing/",
        "comment thread": f"/en/comments/{article.pk}/",
        "replies": f"/en/comments/c/{comment.pk}/thread/",
        "sign in": "/en/accounts/login/",
        "sign up": "/en/accounts/signup/",
        "newsletter": "/en/newsletter/",
        "podcast show": episode.get_parent().url,
        "podcast episode": episode.url,
        "podcast feed": episode.get_parent().url + "feed/",
        "API": f"/api/articles/{article.pk}/comments",
        "API docs": "/api/docs",
        "not found": "/en/no-such-page/",
        "robots": "/robots.txt",
        "audio": episode.audio.get_absolute_url(),
    }


def test_every_kind_of_reader_page_carries_the_strict_policy(client, pages):
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404), name
        assert response.headers.get("Content-Security-Policy") == SITE_POLICY, name


def test_signed_in_pages_and_refusals_carry_it_too(client, pages, reader, unverified_reader):
    client.force_login(reader)
    for url in ("/en/account/", pages["article with comments"]):
        assert client.get(url).headers["Content-Security-Policy"] == SITE_POLICY
    client.force_login(unverified_reader)
    article_id = pages["comment thread"].split("/")[3]
    refused = client.post(f"/en/comments/{article_id}/post/", {"body": "Let me in"})
    assert refused.status_code == 403
    assert "data-back-link" in refused.content.decode()
    assert refused.headers["Content-Security-Policy"] == SITE_POLICY


def test_a_page_served_from_the_page_cache_keeps_the_policy(client, pages):
    url = pages["article with comments"]
    client.get(url)
    cached = client.get(url)
    assert cached.headers.get("X-Page-Cache") == "hit"
    assert cached.headers["Content-Security-Policy"] == SITE_POLICY


def test_the_staff_interfaces_get_the_looser_policy(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == STAFF_POLICY
    assert _policy(response)["object-src"] == "'none'"


# What a strict policy refuses to run or apply, as it appears in template source.
INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*\bnonce=)(?![^>]*application/(ld\+)?json)"
)
HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)
JAVASCRIPT_URL = re.compile(r"javascript:", re.I)


def _site_templates() -> list[Path]:
    # Emails are read in mail clients, where no CSP applies (and inline styles are the
    # only styles that work); templates under */admin/ render inside Wagtail's admin,
    # which has the looser policy.
    return [
        path
        for path in PACKAGE.glob("*/templates/**/*.html")
        if "email" not in path.parts and "admin" not in path.parts
    ]


def test_no_site_template_has_inline_script_handlers_or_styles():
    templates = _site_templates()
    assert len(templates) > 40  # the walk found the templates
    found = []
    for path in templates:
        source = path.read_text()
        for name, pattern in [
            ("inline <script> without a nonce", INLINE_SCRIPT),
            ("on…= handler", HANDLER),
            ("style= attribute", STYLE_ATTRIBUTE),
            ("<style> element", STYLE_ELEMENT),
            ("javascript: URL", JAVASCRIPT_URL),
        ]:
            if pattern.search(source):
                found.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert found == []


def test_the_checks_would_catch_what_they_look_for():
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/x.js" defer></script>')
    assert not INLINE_SCRIPT.search('<script type="application/ld+json">{}</script>')
    assert HANDLER.search('<a href="#" onclick="history.back()">')
    assert STYLE_ATTRIBUTE.search('<span class="avatar" style="--hue: 3">')
    assert not STYLE_ATTRIBUTE.search('<span class="avatar" data-hue="3">')
