"""In real Chromium: a signed-in reader is sent the shared cached article page, and the
page puts in the section every signed-in reader starts from (cached too) with this
reader's own parts from one private JSON request — their token, name in the header,
their own comment's Edit link; a vote then works in place."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from newsroom.articles.editions import ensure_editions
from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Vote
from newsroom.comments.tests.factories import make_comment
from newsroom.core.page_cache import PERSONALISES_COOKIE
from newsroom.moderation.models import ModerationSettings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WAIT_MS = 10_000


def test_a_signed_in_reader_personalises_the_cached_page(chromium, live_server, make_reader):
    ensure_editions()
    rules = ModerationSettings.load()
    rules.new_reader_approvals = 0
    rules.save()
    writer = make_reader("writer")
    reader = make_reader("reader")
    reader.profile.display_name = "Rosa Reader"
    reader.profile.save()
    article = make_article(title="Harbour reopens after the storm")
    comment = make_comment(
        article=article, author=writer, body="The harbour master deserves credit."
    )
    own = make_comment(article=article, author=reader, body="I was there when it reopened.")
    first_visitor = chromium.new_context()  # a signed-out reader makes the shared copy
    answer = first_visitor.new_page().goto(live_server.url + article.url)
    assert answer.headers.get("x-page-cache") == "miss"
    first_visitor.close()
    client = Client()
    client.force_login(reader)
    context = chromium.new_context()
    context.add_cookies(
        [
            {"name": settings.SESSION_COOKIE_NAME,
             "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
             "url": live_server.url},
            {"name": PERSONALISES_COOKIE, "value": "1", "url": live_server.url},
        ]
    )  # fmt: skip
    page = context.new_page()
    served = []
    page.on("response", lambda r: served.append((r.url, r.headers.get("x-page-cache"))))
    page.goto(live_server.url + article.url)
    section = page.locator("#comments[data-signed-in='1']")
    expect(section).to_be_visible(timeout=WAIT_MS)
    assert (live_server.url + article.url, "hit") in served  # the page was the shared one
    expect(page.locator(".account-link")).to_contain_text("Rosa Reader")
    expect(page.locator("form.comment-form textarea")).to_be_visible()
    # Their own comment has its Edit link, put in from their own parts.
    expect(page.locator(f"#comment-{own.pk}-content a[href$='/c/{own.pk}/edit/']")).to_be_visible()
    assert page.locator(f"#comment-{comment.pk}-content a[href$='/edit/']").count() == 0
    asked = [url for url, _cache in served]
    assert any(url.endswith(f"/comments/{article.pk}/section/shared/") for url in asked)
    assert any(f"/comments/{article.pk}/mine/?ids=" in url for url in asked)
    up = page.locator(f"form[action$='/c/{comment.pk}/vote/'] button.vote--up")
    up.click()
    expect(page.locator(f"[data-score-for='{comment.pk}'] .score")).to_have_text(
        "1", timeout=WAIT_MS
    )
    assert Vote.objects.filter(comment=comment, user=reader, value=1).exists()
    context.close()
