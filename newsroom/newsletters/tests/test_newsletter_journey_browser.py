"""A reader's newsletter journey in real Chromium, against the site as production runs it
(granian on its own SQLite file, email over SMTP to a real server on loopback):
sign up from the form at the foot of a page, confirm from the email, receive a digest
sent by a worker process, and unsubscribe from the link in it."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

# The black-box helpers of the comment journey: the site as a process of its own.
from newsroom.testing.servers import SiteProcess

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[3]
WAIT_MS = 15_000
READER = "nadia.reader@example.com"

SEED = """
import json
from django.core.management import call_command
from newsroom.articles.tests.factories import make_article

call_command("setup_site")
article = make_article(title="Harbour reopens after the storm", is_top_story=True)
print("SEED " + json.dumps({"article_url": article.url}))
"""

DRAFT = """
from newsroom.newsletters.actions import do_draft_digest
digest = do_draft_digest("en")
digest.intro = "Good morning from the harbour."
digest.save()
print("DIGEST", digest.pk)
"""


@pytest.fixture
def site(smtp_server):
    site = SiteProcess(ROOT, "newsroom-newsletter-journey-", mailbox=smtp_server)
    try:
        site.prepare()
        seed = site.seed(SEED)
        # The site's own task worker sends confirmation emails, as in production; the
        # indexing tasks the seed queued are done first so the email does not wait.
        site.manage("db_worker", "--batch", "--no-startup-delay")
        site.start("manage.py", "db_worker", "--no-startup-delay", "--interval", "0.5")
        site.serve()
        yield {"url": site.url, "manage": site.manage, **seed}
    finally:
        site.stop()


def _link(message, pattern: str) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    match = re.search(pattern, text)
    assert match, f"no {pattern} in:\n{text}"
    return match.group(0)


def test_a_reader_subscribes_confirms_receives_a_digest_and_unsubscribes(
    site, smtp_server, chromium, artifacts
):
    context = chromium.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    expect.set_options(timeout=WAIT_MS)
    try:
        # --- Sign up from the form at the foot of an article ------------------------
        page.goto(site["url"] + site["article_url"])
        form = page.locator("#newsletter-footer")
        form.get_by_label("Email address").fill(READER)
        expect(form.get_by_label("Edition")).to_have_value("en")
        form.get_by_role("button", name="Sign up").click()
        expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
        expect(page.get_by_role("status")).to_contain_text(READER)

        # --- Confirm from the email that really went out over SMTP -------------------
        confirmation = smtp_server.wait_for(READER, timeout=60)
        assert confirmation.get_content_type() == "multipart/alternative"
        page.goto(_link(confirmation, r"https?://\S+/en/newsletter/confirm/\S+/"))
        page.get_by_role("button", name="Confirm").click()
        expect(page.get_by_role("status")).to_contain_text("You are subscribed")

        # --- An editor's digest is sent by a worker process ----------------------------
        digest_id = re.search(r"DIGEST (\d+)", site["manage"]("shell", "-c", DRAFT)).group(1)
        site["manage"]("send_digest", digest_id, "--start", "--no-progress")
        digest = next(m for _to, m in smtp_server.messages if m["List-Unsubscribe"])
        assert str(digest["To"]) == READER
        assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        html = digest.get_body(preferencelist=("html",)).get_content()
        assert "Harbour reopens after the storm" in html
        assert "Good morning from the harbour." in html

        # --- Unsubscribe from the link in it -------------------------------------------
        page.goto(_link(digest, r"https?://\S+/en/newsletter/unsubscribe/\S+/"))
        page.get_by_role("button", name="Unsubscribe").click()
        expect(page.get_by_role("status")).to_contain_text("you will not receive the newsletter")
        page.screenshot(path=artifacts / "newsletter-unsubscribed.png")
        status = site["manage"](
            "shell", "-c",
            "from newsroom.newsletters.models import Subscriber;"
            f"print(Subscriber.objects.get(email='{READER}').status)",
        )  # fmt: skip
        assert status.strip().splitlines()[-1] == "unsubscribed"
    finally:
        expect.set_options(timeout=5_000)
        context.close()
