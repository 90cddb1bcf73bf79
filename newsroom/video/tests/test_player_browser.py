"""The video player in real Chromium: it streams the HLS ladder through hls.js, plays,
seeks, turns captions on, copies a link at the current time, opens at a linked time,
works from the keyboard; without JavaScript the native player plays the MP4.

Debian's Chromium has H.264 and AAC (checked below with MediaSource.isTypeSupported),
so the test plays the same H.264 ladder readers get, not a stand-in codec.
"""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from newsroom.articles.tests.factories import make_article
from newsroom.video.tests.factories import make_video

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECONDS = 12
TITLE = "Ferry sinks off the coast"


@pytest.fixture
def article_url(live_server, editions):
    video = make_video(seconds=SECONDS, width=640, height=360)  # transcoded on commit
    video.refresh_from_db()
    assert video.is_ready, video.error
    return live_server.url + make_article(title=TITLE, lead_video=video).url


@pytest.fixture
def browser_context(chromium, live_server):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    yield context
    context.close()


def _video(page, prop: str):
    return page.evaluate(f"() => document.querySelector('[data-video]').{prop}")


def _wait_until(page, condition: str, timeout: int = 15_000) -> None:
    # A function, not an expression: Playwright evaluates an expression with eval(),
    # which the page's Content-Security-Policy refuses.
    page.wait_for_function(
        f"() => {{ const v = document.querySelector('[data-video]'); return {condition}; }}",
        timeout=timeout,
    )


def test_chromium_here_decodes_the_ladders_codecs(browser_context):
    page = browser_context.new_page()
    supported = page.evaluate(
        """() => MediaSource.isTypeSupported('video/mp4; codecs="avc1.4d401f,mp4a.40.2"')"""
    )
    assert supported is True


def test_it_streams_plays_seeks_shows_captions_and_copies_a_timed_link(
    browser_context, article_url, artifacts, settings
):
    page = browser_context.new_page()
    page.goto(article_url)
    player = page.get_by_role("group", name=f"Video: {TITLE}")
    expect(player.locator("video")).not_to_have_attribute("controls", "")  # script took over
    assert _video(page, "dataset.engine") == "hls.js"
    expect(player.locator("[data-video-total]")).to_have_text(f"0:{SECONDS}")

    player.get_by_role("button", name="Play").click()
    _wait_until(page, "v.currentTime > 0.5")  # it really plays
    expect(player.get_by_role("button", name="Pause")).to_be_visible()
    fetched = page.evaluate("() => performance.getEntriesByType('resource').map((e) => e.name)")
    assert any(name.endswith("master.m3u8") for name in fetched)
    assert any(name.endswith(".ts") for name in fetched)  # segments, not the MP4
    assert not any(name.endswith("video.mp4") for name in fetched)
    page.screenshot(path=artifacts / "video-story.png", full_page=True)

    player.get_by_role("button", name="Pause").click()
    expect(player.get_by_role("button", name="Play")).to_be_visible()
    assert _video(page, "paused") is True

    player.get_by_role("slider", name="Seek").fill("8")
    _wait_until(page, "Math.abs(v.currentTime - 8) < 0.6")
    expect(player.locator("[data-video-elapsed]")).to_have_text("0:08")

    captions = player.get_by_role("button", name="Captions")
    expect(captions).to_have_attribute("aria-pressed", "false")
    captions.click()
    expect(captions).to_have_attribute("aria-pressed", "true")
    _wait_until(page, "v.textTracks[0].mode === 'showing' && v.textTracks[0].cues.length === 2")
    assert (
        page.evaluate("() => document.querySelector('[data-video]').textTracks[0].cues[0].text")
        == "The harbour at dawn."
    )
    captions.click()
    _wait_until(page, "v.textTracks[0].mode === 'disabled'")

    player.get_by_role("button", name="Copy link at this time").click()
    expect(player.get_by_role("status")).to_have_text("Link copied")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == settings.SITE_URL + urlsplit(page.url).path + "#t=8"


def test_a_link_at_a_time_opens_the_video_there(browser_context, article_url):
    page = browser_context.new_page()
    page.goto(article_url + "#t=6")
    _wait_until(page, "v.readyState >= 1 && Math.abs(v.currentTime - 6) < 0.6")
    expect(page.locator("[data-video-elapsed]")).to_have_text("0:06")


def test_it_works_from_the_keyboard(browser_context, article_url):
    page = browser_context.new_page()
    page.goto(article_url)
    player = page.get_by_role("group", name=f"Video: {TITLE}")
    _wait_until(page, "v.readyState >= 1")
    play = player.get_by_role("button", name="Play")
    play.focus()

    page.keyboard.press("Space")
    _wait_until(page, "v.currentTime > 0.3")
    expect(player.get_by_role("button", name="Pause")).to_be_focused()
    page.keyboard.press("Space")
    expect(play).to_be_visible()
    start = _video(page, "currentTime")

    page.keyboard.press("Tab")
    seek = player.get_by_role("slider", name="Seek")
    expect(seek).to_be_focused()
    page.keyboard.press("ArrowRight")
    assert _video(page, "currentTime") == pytest.approx(start + 5, abs=0.6)
    page.keyboard.press("End")
    assert _video(page, "currentTime") == pytest.approx(SECONDS, abs=0.6)
    page.keyboard.press("Home")
    assert _video(page, "currentTime") == 0

    page.keyboard.press("Tab")
    mute = player.get_by_role("button", name="Mute")
    expect(mute).to_be_focused()
    page.keyboard.press("Enter")
    expect(mute).to_have_attribute("aria-pressed", "true")
    assert _video(page, "muted") is True

    # The picture itself takes keys, as in most players: C for captions, K to play.
    page.locator("[data-video]").focus()
    page.keyboard.press("c")
    expect(player.get_by_role("button", name="Captions")).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("k")
    _wait_until(page, "!v.paused")
    page.keyboard.press("k")
    _wait_until(page, "v.paused")

    # Every control is labelled, in reading order.
    labels = player.locator("button, input").evaluate_all(
        "(nodes) => nodes.map((n) => n.getAttribute('aria-label') || n.textContent.trim())"
    )
    assert labels == [
        "Play",
        "Seek",
        "Mute",
        "Volume",
        "Captions",
        "Full screen",
        "Copy link at this time",
    ]


def test_without_javascript_the_native_player_plays_the_mp4(chromium, article_url):
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(article_url)
        video = page.locator("video[controls]")
        expect(video).to_be_visible()
        expect(page.locator("[data-video-controls]")).to_be_hidden()
        source = page.locator("video source").get_attribute("src")
        assert source.endswith("/video.mp4")
        response = page.request.get(
            urlsplit(article_url)._replace(path=source).geturl(), headers={"Range": "bytes=0-9"}
        )
        assert response.status == 206
    finally:
        context.close()
