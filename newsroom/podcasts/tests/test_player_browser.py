"""The episode player in real Chromium: it plays, seeks, copies its link, and works from
the keyboard with every control labelled; without JavaScript the native player remains.

The site runs under Django's live server (the player needs nothing streamed, unlike the
comments' live updates that need granian); the audio is a synthesised MP3 served by the
app's byte-range view, which Chromium needs in order to seek.
"""

from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECONDS = 20


@pytest.fixture
def episode_url(live_server, editions):
    show = make_show(title="The Briefing")
    episode = make_episode(show, title="Harbour reopens", audio=make_audio(seconds=SECONDS))
    return live_server.url + episode.url


@pytest.fixture
def browser_context(chromium, live_server):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    yield context
    context.close()


def _audio(page, prop: str):
    return page.evaluate(f"document.querySelector('[data-player-audio]').{prop}")


def _wait_for_time_past(page, seconds: float) -> None:
    # A function, not an expression: Playwright evaluates an expression with eval(),
    # which the page's Content-Security-Policy refuses.
    page.wait_for_function(
        f"() => document.querySelector('[data-player-audio]').currentTime > {seconds}",
        timeout=15_000,
    )


def test_it_plays_seeks_and_copies_its_link(browser_context, episode_url, artifacts, settings):
    page = browser_context.new_page()
    page.goto(episode_url)
    player = page.get_by_role("group", name="Harbour reopens")
    expect(player.locator("audio")).not_to_have_attribute("controls", "")  # script took over
    expect(player.locator("[data-player-total]")).to_have_text("0:20")

    player.get_by_role("button", name="Play").click()
    _wait_for_time_past(page, 0.5)  # the audio really plays
    expect(player.get_by_role("button", name="Pause")).to_be_visible()
    expect(player.locator("[data-player-elapsed]")).not_to_have_text("0:00")
    page.screenshot(path=artifacts / "podcast-episode.png", full_page=True)

    player.get_by_role("button", name="Pause").click()
    expect(player.get_by_role("button", name="Play")).to_be_visible()
    assert _audio(page, "paused") is True

    player.get_by_role("slider", name="Seek").fill("15")
    assert 14.5 <= _audio(page, "currentTime") <= 15.5
    expect(player.locator("[data-player-elapsed]")).to_have_text("0:15")

    player.get_by_role("slider", name="Volume").fill("0.3")
    assert _audio(page, "volume") == pytest.approx(0.3)

    player.get_by_role("button", name="Copy link").click()
    expect(player.get_by_role("status")).to_have_text("Link copied")
    # The public address (SITE_URL), not whichever host this browser used.
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == settings.SITE_URL + urlsplit(page.url).path

    download = player.get_by_role("link", name="Download")
    assert download.get_attribute("download").endswith(".mp3")
    audio_url = urljoin(page.url, download.get_attribute("href"))
    response = page.request.get(audio_url, headers={"Range": "bytes=0-9"})
    assert response.status == 206


def test_it_works_from_the_keyboard(browser_context, episode_url):
    page = browser_context.new_page()
    page.goto(episode_url)
    player = page.get_by_role("group", name="Harbour reopens")
    play = player.get_by_role("button", name="Play")
    play.focus()

    page.keyboard.press("Space")
    _wait_for_time_past(page, 0.3)
    expect(player.get_by_role("button", name="Pause")).to_be_focused()

    page.keyboard.press("Space")
    expect(play).to_be_visible()
    assert _audio(page, "paused") is True
    start = _audio(page, "currentTime")

    page.keyboard.press("Tab")
    seek = player.get_by_role("slider", name="Seek")
    expect(seek).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert _audio(page, "currentTime") == pytest.approx(start + 10, abs=0.5)
    expect(seek).to_have_attribute("aria-valuetext", f"0:{round(start) + 10:02d} of 0:20")
    page.keyboard.press("ArrowLeft")
    assert _audio(page, "currentTime") == pytest.approx(start + 5, abs=0.5)
    page.keyboard.press("End")
    assert _audio(page, "currentTime") == pytest.approx(SECONDS, abs=0.5)
    page.keyboard.press("Home")
    assert _audio(page, "currentTime") == 0

    page.keyboard.press("Tab")
    volume = player.get_by_role("slider", name="Volume")
    expect(volume).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert _audio(page, "volume") == pytest.approx(0.8)

    page.keyboard.press("Tab")
    expect(player.get_by_role("link", name="Download")).to_be_focused()
    page.keyboard.press("Tab")
    expect(player.get_by_role("button", name="Copy link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(player.get_by_role("status")).to_have_text("Link copied")


def test_without_javascript_the_native_player_remains(chromium, episode_url):
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(episode_url)
        expect(page.locator("audio[controls]")).to_be_visible()
        expect(page.locator("[data-player-controls]")).to_be_hidden()
    finally:
        context.close()
