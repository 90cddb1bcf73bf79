"""A commenter's whole journey in real Chromium, against the site as production runs it.

The site is a black box here: granian serving newsroom.asgi on its own SQLite file in a
fresh DATA_DIR, its confirmation email delivered over SMTP to a real server (aiosmtpd)
on loopback. Django's live_server cannot be used: it is WSGI, and the live updates are
server-sent events streamed forever by an async view, which only ASGI can deliver.

One reader registers, confirms their address from the email, then comments with the
toolbar, replies, votes, re-sorts, edits and deletes; a second, anonymous reader with
the same article open sees the new comment announced live and loads it without a reload.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from newsroom.testing.servers import SiteProcess

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[3]  # where manage.py lives
WAIT_MS = 15_000

NEW_READER = {
    "email": "sam.reader@example.com",
    "display_name": "Sam Okafor",
    "password": "tidal-Harbour-7391",
}

# Runs inside the site's own `manage.py shell`: the editions (`manage.py setup_site`), one
# published article, and a second reader (address confirmed) who has commented on it.
SEED = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.models import ModerationSettings

call_command("setup_site")
article = make_article(title="Harbour reopens after the storm")
maria = get_user_model().objects.create_user(
    username="maria", email="maria@example.com", password="correct horse battery"
)
EmailAddress.objects.create(user=maria, email=maria.email, verified=True, primary=True)
maria.profile.display_name = "Maria Lopez"
maria.profile.email_verified = True
maria.profile.save()
comment = make_comment(article, maria, "The harbour master deserves real credit.")
# The journey is about the comment section, not moderation: a new reader's first
# comment is published at once instead of waiting for a moderator.
rules = ModerationSettings.load()
rules.new_reader_approvals = 0
rules.save()
print("SEED " + json.dumps({"article_url": article.url, "comment_id": comment.pk}))
"""


@pytest.fixture
def site(smtp_server):
    """The site under granian, as `manage.py serve` runs it, on its own fresh data."""
    site = SiteProcess(ROOT, "newsroom-journey-", mailbox=smtp_server)
    try:
        site.prepare()
        site.manage("setup_site")
        seed = site.seed(SEED)
        site.serve()
        yield {"url": site.url, **seed}
    finally:
        site.stop()


@pytest.fixture
def contexts(chromium):
    """Open a fresh browser context (a separate reader: own cookies) and a page in it."""
    opened = []

    def new_page():
        context = chromium.new_context(viewport={"width": 1280, "height": 1000})
        context.set_default_timeout(WAIT_MS)
        opened.append(context)
        return context.new_page()

    expect.set_options(timeout=WAIT_MS)  # live updates arrive within seconds, not at once
    try:
        yield new_page
    finally:
        expect.set_options(timeout=5_000)  # Playwright's default, for the tests after this
        for context in opened:
            context.close()


def _confirmation_link(message) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    match = re.search(r"https?://\S+/accounts/confirm-email/[^/\s]+/", text)
    assert match, f"no confirmation link in:\n{text}"
    return match.group(0)


def _comment(page, comment_id):
    return page.locator(f"#comment-{comment_id}-content")


def _comment_id(locator) -> int:
    return int(re.fullmatch(r"comment-(\d+)-content", locator.get_attribute("id")).group(1))


def test_a_reader_registers_confirms_and_takes_part_while_others_watch_live(
    site, smtp_server, contexts, artifacts
):
    article_url = site["url"] + site["article_url"]
    maria = site["comment_id"]

    # --- Register from the article, as a reader would --------------------------------
    sam = contexts()
    sam.goto(article_url)
    expect(_comment(sam, maria)).to_contain_text("The harbour master deserves real credit.")
    sam.locator("#comment-form").get_by_role("link", name="register").click()
    sam.wait_for_url("**/accounts/signup/**")
    sam.get_by_label("Email").fill(NEW_READER["email"])
    sam.get_by_label("Display name").fill(NEW_READER["display_name"])
    sam.get_by_label("Password", exact=True).fill(NEW_READER["password"])
    sam.get_by_label("Password (again)").fill(NEW_READER["password"])
    sam.get_by_role("button", name="Sign Up").click()
    # Not signed in yet: the "check your inbox" answer that a registered address gets
    # too, so sign-up tells nobody who has an account.
    sam.wait_for_url("**/accounts/confirm-email/")
    expect(sam.locator("main")).to_contain_text("We have sent an email to you for verification")

    # --- Confirm from the email that really went out over SMTP ------------------------
    message = smtp_server.wait_for(NEW_READER["email"])
    assert "[Meridian News]" in message["Subject"]
    link = _confirmation_link(message)
    assert link.startswith(site["url"] + "/en/accounts/confirm-email/")
    sam.goto(link)
    sam.get_by_role("button", name="Confirm").click()
    expect(sam.get_by_role("status")).to_contain_text(f"You have confirmed {NEW_READER['email']}")
    account_link = sam.locator(".account-link")
    if account_link.get_by_role("link", name="Sign In").count():  # confirming signed us out
        account_link.get_by_role("link", name="Sign In").click()
        sam.get_by_label("Email").fill(NEW_READER["email"])
        sam.get_by_label("Password").fill(NEW_READER["password"])
        sam.get_by_role("button", name="Sign In").click()
    expect(account_link).to_contain_text(NEW_READER["display_name"])

    # --- An anonymous reader opens the same article and keeps watching --------------
    watcher = contexts()
    with watcher.expect_response(lambda response: "/events/" in response.url):
        watcher.goto(article_url)  # the event stream is open once its headers arrive
    watcher.evaluate("window.__sameDocument = true")  # gone if the page ever reloads
    new_comments = watcher.get_by_role("button", name=re.compile(r"new comment"))
    expect(new_comments).to_be_hidden()

    # --- Comment with the toolbar: bold and a bulleted list ---------------------------
    sam.goto(article_url)
    sam.evaluate("window.__sameDocument = true")
    form = sam.locator("#comment-form form")
    box = form.get_by_label("Your comment")
    box.click()
    form.locator('[data-format="bold"]').click()  # "****", caret in the middle
    sam.keyboard.type("Well done")
    sam.keyboard.press("End")
    sam.keyboard.type(" to the crews.")
    form.locator('[data-format="bullets"]').click()  # starts a new line with "- "
    sam.keyboard.type("tugs back")
    sam.keyboard.press("Enter")
    form.locator('[data-format="bullets"]').click()
    sam.keyboard.type("ferries running")
    expect(box).to_have_value("**Well done** to the crews.\n- tugs back\n- ferries running")
    form.get_by_role("button", name="Post comment").click()

    mine = sam.locator(".comment__content").filter(has_text="to the crews")
    expect(mine.locator("strong")).to_have_text("Well done")
    expect(mine.locator("ul > li")).to_have_text(["tugs back", "ferries running"])
    expect(mine.locator(".comment__author")).to_have_text(NEW_READER["display_name"])
    expect(box).to_have_value("")  # the form is ready for the next one
    own = _comment_id(mine)

    # --- ...which the watcher is told about live, and loads in place -----------------
    expect(new_comments).to_have_text("1 new comment")
    expect(watcher.get_by_text("to the crews")).to_have_count(0)
    new_comments.click()
    theirs = _comment(watcher, own)
    expect(theirs.locator("strong")).to_have_text("Well done")
    expect(theirs.locator("ul > li")).to_have_count(2)
    expect(new_comments).to_be_hidden()
    assert watcher.evaluate("window.__sameDocument") is True

    # --- Reply to the other reader ----------------------------------------------------
    _comment(sam, maria).get_by_role("link", name="Reply").click()
    reply_form = sam.locator(f"#reply-slot-{maria} form")
    expect(reply_form).to_contain_text("Replying to Maria Lopez")
    reply_form.get_by_label("Your reply").fill("Agreed, and the night shift too.")
    reply_form.get_by_role("button", name="Post reply").click()
    reply = sam.locator(f"#replies-{maria} > li.comment").filter(has_text="the night shift")
    expect(reply.locator(".comment__author")).to_have_text(NEW_READER["display_name"])
    expect(reply_form).to_have_count(0)  # a posted reply's form goes away

    # --- Vote up the other reader's comment: the score changes where it is -----------
    votes = sam.locator(f'[data-score-for="{maria}"]')
    expect(votes.locator(".score")).to_have_text("0")
    votes.get_by_role("button", name="Vote up").click()
    expect(votes.locator(".score")).to_have_text("1")
    expect(votes.get_by_role("button", name="Vote up")).to_have_attribute("aria-pressed", "true")
    # The watcher's copy follows, through the same event stream.
    expect(watcher.locator(f'[data-score-for="{maria}"] .score')).to_have_text("1")

    # --- Sort by newest ---------------------------------------------------------------
    sort_menu = sam.locator(".sort-menu")
    sort_menu.get_by_text("Sort by").click()
    sort_menu.get_by_role("link", name="Newest").click()
    expect(sam).to_have_url(re.compile(r"\?sort=newest"))
    expect(sort_menu.locator("summary")).to_have_text(re.compile(r"Sort by: Newest"))
    expect(sort_menu.get_by_role("link", name="Newest")).to_be_hidden()  # the menu closed
    expect(sam.locator("#comment-list .comment-list")).to_have_attribute("data-sort", "newest")
    top_level = sam.locator("#comment-list .comment-list > li.comment")
    expect(top_level).to_have_count(2)
    expect(top_level.first).to_have_attribute("id", f"c{own}")  # newest first
    expect(top_level.nth(1)).to_have_attribute("id", f"c{maria}")

    # --- Edit my comment ----------------------------------------------------------------
    _comment(sam, own).get_by_role("link", name="Edit").click()
    editor = sam.get_by_label("Edit your comment")
    expect(editor).to_have_value("**Well done** to the crews.\n- tugs back\n- ferries running")
    editor.fill("**Well done** to all the crews.")
    sam.get_by_role("button", name="Save").click()
    edited = _comment(sam, own)
    expect(edited.locator(".comment__body")).to_have_text("Well done to all the crews.")
    expect(edited.locator(".comment__edited")).to_have_text("(edited)")
    assert sam.evaluate("window.__sameDocument") is True  # all of that without a reload

    # --- Delete it ----------------------------------------------------------------------
    _comment(sam, own).get_by_role("link", name="Delete").click()
    expect(sam.get_by_role("heading", name="Delete your comment?")).to_be_visible()
    sam.get_by_role("button", name="Delete").click()
    sam.wait_for_url(re.compile(rf"\?comment={own}#c{own}$"))  # back at the comment
    expect(_comment(sam, own)).to_contain_text("Comment deleted")
    expect(_comment(sam, own)).not_to_contain_text("to all the crews")
    expect(_comment(sam, own).get_by_role("link", name="Edit")).to_have_count(0)
    sam.get_by_role("link", name="Show the discussion from the start").click()
    expect(_comment(sam, maria)).to_contain_text("The harbour master deserves real credit.")
    expect(reply).to_have_count(1)  # the rest of the discussion is untouched
    expect(sam.locator(f'[data-score-for="{maria}"] .score')).to_have_text("1")
    expect(_comment(sam, own)).to_contain_text("Comment deleted")

    sam.locator("#comments").screenshot(path=artifacts / "comments-journey.png")

    # The section's article card shows the count (Maria's comment and the reply; the
    # deleted one no longer counts), filled in by one request for every card.
    section_url = article_url.rstrip("/").rsplit("/", 1)[0] + "/"
    sam.goto(section_url)
    expect(sam.locator("[data-comment-count-for]").first).to_have_text(
        re.compile(r"^2 · Comments$")
    )
