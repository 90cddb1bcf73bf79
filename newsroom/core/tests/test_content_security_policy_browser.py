"""Under the strict Content-Security-Policy, real Chromium runs every page's scripts and
applies its styles without a single violation: the comment section's htmx (sorting,
loading a reply form), the podcast player, the refusal page's Go back link, the API docs.
"""

import pytest
from playwright.sync_api import expect

from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Recorded in the page before any of its own scripts run.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


@pytest.fixture
def site(live_server, editions, reader, other_reader, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    article = make_article(title="The dam holds")
    first = make_comment(article=article, author=other_reader, body="A fair point, well made.")
    make_comment(article=article, author=reader, body="I disagree.", parent=first)
    episode = make_episode(make_show(), audio=make_audio(seconds=4))
    return {"url": live_server.url, "article": article.url, "episode": episode.url}


@pytest.fixture
def page(chromium, site):
    context = chromium.new_context()
    context.add_init_script(WATCH_VIOLATIONS)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.console_lines = console
    yield page
    context.close()


def _violations(page) -> list[str]:
    reported = page.evaluate("window.__violations")
    in_console = [line for line in page.console_lines if "Content Security Policy" in line]
    return reported + in_console


def _sign_in(page, site, user) -> None:
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": site["url"]}])


def test_the_comment_section_runs_htmx_without_a_violation(page, site, reader):
    _sign_in(page, site, reader)
    page.goto(site["url"] + site["article"])
    avatar = page.locator(".avatar[data-hue]").first
    expect(avatar).to_be_visible()
    # The colour comes from the stylesheet's hue rule, not the fallback hue 200.
    hue = avatar.evaluate("a => getComputedStyle(a).getPropertyValue('--avatar-hue')")
    assert hue.strip() == str(int(avatar.get_attribute("data-hue")) * 15)
    page.locator(".sort-menu summary").click()
    with page.expect_response(lambda response: "sort=newest" in response.url):
        page.get_by_role("link", name="Newest").click()  # htmx swaps the list in
    page.get_by_role("link", name="Reply").first.click()  # htmx fetches the reply form
    expect(page.locator("textarea").nth(1)).to_be_visible()
    assert _violations(page) == []


def test_the_podcast_player_plays_without_a_violation(page, site):
    page.goto(site["url"] + site["episode"])
    play = page.get_by_role("button", name="Play")
    play.click()
    page.wait_for_function(  # a function: an expression would need eval(), which is refused
        "() => document.querySelector('[data-player-audio]').currentTime > 0.2", timeout=15_000
    )
    assert _violations(page) == []


def test_the_refusal_page_goes_back_without_a_violation(page, site, unverified_reader):
    from newsroom.comments.models import Comment

    _sign_in(page, site, unverified_reader)
    page.goto(site["url"] + site["article"])
    comment = Comment.objects.filter(parent=None).get()
    page.goto(f"{site['url']}/en/comments/c/{comment.pk}/reply/")  # refused: not confirmed
    expect(page.get_by_role("alert")).to_contain_text("confirm")
    page.get_by_role("link", name="Go back").click()
    page.wait_for_url(site["url"] + site["article"])
    assert _violations(page) == []


def test_the_api_docs_load_without_a_violation(page, site):
    page.goto(site["url"] + "/api/docs")
    expect(page.locator("#swagger-ui")).to_contain_text("Meridian News API", timeout=15_000)
    assert _violations(page) == []
