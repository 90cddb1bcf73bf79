"""The embedded comment section in real Chromium, on a page of another site: a test page
served on another loopback origin (127.0.0.1, while the site is on localhost: another
site, not only another port) includes one script tag; the frame sizes itself, ignores
messages from anyone but itself, signs the reader in through a top-level window, and
posts a comment that lands in the thread, screened like any other. A page that is not
one of our articles gets a thread of its own, where the reader loads more, votes and
replies inside the frame."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from newsroom.articles.models import ExternalPage
from newsroom.articles.tests.factories import make_article
from newsroom.comments import threads
from newsroom.comments.models import Comment
from newsroom.comments.tests.factories import make_comment
from newsroom.embed.actions import get_or_open_thread
from newsroom.moderation.models import ModerationSettings
from newsroom.testing.servers import free_port

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def other_site():
    """A page of another site, on its own port, whose HTML the test sets."""
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            body = pages.get(self.path.split("?", 1)[0])
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()


@pytest.fixture
def embedded(live_server, editions, other_site, settings, reader, other_reader):
    rules = ModerationSettings.load()
    rules.new_reader_approvals = 0
    rules.save()
    origin, pages = other_site
    settings.EMBED_ALLOWED_ORIGINS = [origin]
    article = make_article(title="Harbour reopens after the storm")
    for number in range(6):
        make_comment(article, other_reader, f"An earlier comment, number {number}.")
    pages["/story.html"] = (
        "<!doctype html><html><head><title>A blog post</title></head><body>"
        "<h1>A blog about the harbour</h1><p>Our own post.</p>"
        f'<script src="{live_server.url}/embed.js" data-article="{article.pk}" async></script>'
        "<footer>The blog's footer</footer></body></html>"
    ).encode()
    yield article, f"{origin}/story.html"
    ModerationSettings.forget()


def sign_in(page, frame, reader) -> None:
    with page.expect_popup() as popup_info:
        frame.get_by_role("button", name="Sign in to comment").click()
    popup = popup_info.value
    popup.wait_for_load_state()
    assert "/accounts/login/" in popup.url  # a top-level window of the site itself
    popup.get_by_label("Email").fill(reader.email)
    popup.get_by_label("Password").fill("correct horse battery")
    popup.get_by_role("button", name="Sign In").click()
    popup.wait_for_event("close", timeout=15_000)
    expect(frame.locator("[data-name]")).to_have_text(reader.profile.display_name)


def test_a_reader_signs_in_and_posts_from_another_site(chromium, embedded, reader, artifacts):
    article, page_url = embedded
    context = chromium.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(page_url)
    frame_element = page.locator("iframe")
    frame = page.frame_locator("iframe")
    expect(frame.locator("[data-comment-id]")).to_have_count(6)
    # The frame told the page its height: taller than the 240 px it started with.
    page.wait_for_function(
        "() => parseInt(document.querySelector('iframe').style.height) > 400", timeout=10_000
    )
    height = frame_element.evaluate("(el) => el.style.height")
    # Someone else's message (the page itself here) does not move it.
    page.evaluate("() => window.postMessage({type: 'newsroom:height', height: 5}, '*')")
    page.wait_for_timeout(200)
    assert frame_element.evaluate("(el) => el.style.height") == height

    sign_in(page, frame, reader)
    frame.get_by_label("Your comment").fill("Posted from the harbour blog, **politely**.")
    frame.get_by_role("button", name="Post comment").click()
    # The first comment a process screens loads the toxicity model: give it time.
    expect(frame.locator("[data-message]")).to_have_text("Posted.", timeout=30_000)
    expect(frame.locator("[data-comment-id]")).to_have_count(7)
    expect(frame.get_by_text("Posted from the harbour blog,")).to_be_visible()
    page.screenshot(path=artifacts / "embed-on-another-site.png", full_page=True)
    assert not [line for line in console if "error" in line.lower()], console
    comment = Comment.objects.get(author=reader)
    assert comment.article_id == article.pk and comment.status == "published"
    assert comment.body_html == "<p>Posted from the harbour blog, <strong>politely</strong>.</p>\n"
    context.close()


def test_a_page_of_another_site_gets_a_thread_to_page_vote_and_reply_in(
    chromium, live_server, editions, other_site, settings, reader, other_reader, artifacts
):
    rules = ModerationSettings.load()
    rules.new_reader_approvals = 0
    rules.save()
    origin, pages = other_site
    settings.EMBED_ALLOWED_ORIGINS = [origin]
    address = f"{origin}/posts/harbour.html"
    thread = get_or_open_thread(address, title="Our harbour post")
    earlier = [
        make_comment(thread, other_reader, f"Earlier comment {n}.")
        for n in range(threads.PAGE_SIZE + 2)
    ]
    pages["/posts/harbour.html"] = (
        "<!doctype html><html lang='en'><head><title>Harbour</title></head><body>"
        "<h1>A static blog</h1>"
        f'<script src="{live_server.url}/embed.js" data-url="{address}?utm_source=feed"'
        ' data-title="Our harbour post" async></script></body></html>'
    ).encode()
    context = chromium.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{origin}/posts/harbour.html?utm_source=feed#top")
    frame = page.frame_locator("iframe")
    comments = frame.locator(".embed__list > [data-comment-id]")
    expect(comments).to_have_count(threads.PAGE_SIZE)
    sign_in(page, frame, reader)

    frame.get_by_role("link", name="More comments").click()
    expect(comments).to_have_count(threads.PAGE_SIZE + 2)
    expect(frame.get_by_role("link", name="More comments")).to_be_hidden()

    oldest = frame.locator(f"[data-comment-id='{earlier[0].pk}']")
    oldest.get_by_role("button", name="Vote up").click()
    expect(oldest.locator("[data-score]").first).to_have_text("1")

    oldest.get_by_role("button", name="Reply").click()
    oldest.get_by_label("Your reply").fill("A reply from inside the frame.")
    oldest.get_by_role("button", name="Post reply").click()
    reply = frame.locator(".embed__replies [data-comment-id]")
    expect(reply).to_have_count(1, timeout=30_000)
    expect(reply).to_contain_text("A reply from inside the frame.")
    page.screenshot(path=artifacts / "embed-thread-for-another-page.png", full_page=True)
    assert not [line for line in console if "error" in line.lower()], console

    assert ExternalPage.objects.get().url == address
    posted = Comment.objects.get(author=reader)
    assert posted.parent_id == earlier[0].pk and posted.article_id == thread.pk
    assert posted.status == "published"
    assert Comment.objects.get(pk=earlier[0].pk).score == 1
    context.close()
    ModerationSettings.forget()
