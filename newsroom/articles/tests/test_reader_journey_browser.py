"""A reader's journey in real Chromium: home → section → article → tag → another edition."""

from urllib.parse import quote

import pytest
from django.core.management import call_command

from newsroom.articles.models import ArticlePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", verbosity=0)  # also rebuilds editions after a flush
    return live_server.url


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_a_reader_browses_from_home_to_another_edition(page, demo_site, artifacts):
    breaking = ArticlePage.objects.live().breaking_now().get()

    page.goto(f"{demo_site}/en/")
    ticker = page.locator(".ticker a")
    assert "⚡" in ticker.inner_text() and breaking.title in ticker.inner_text()

    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Business").click()
    page.wait_for_url("**/en/business/")
    assert page.locator("h1").inner_text() == "Business"
    assert page.locator(".ticker").is_visible()  # on every page

    page.locator(".card__headline a").first.click()
    page.wait_for_url("**/en/business/*/")
    article = ArticlePage.objects.live().get(url_path__endswith=page.url.split("/en/")[1])
    assert page.locator("h1").inner_text() == article.title
    assert page.locator(".breadcrumb").inner_text().replace("\n", " ").startswith("Home")
    share = page.locator(".share__link")
    assert share.count() >= 5
    for index in range(share.count()):
        href = share.nth(index).get_attribute("href")
        assert href.startswith(("https://", "mailto:"))
        assert quote(article.url, safe="") in href  # each shares this very article
    page.screenshot(path=artifacts / "article-desktop.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=artifacts / "article-phone.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    page.set_viewport_size({"width": 1280, "height": 900})

    tag = page.locator(".tags a").first
    tag_name = tag.inner_text()
    tag.click()
    page.wait_for_url("**/en/tags/**")
    assert tag_name in page.locator("h1").inner_text()
    assert page.locator(".card").count() >= 1

    page.locator(".editions summary").click()
    page.get_by_role("link", name="العربية").click()
    page.wait_for_url("**/ar/tags/**")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.goto(f"{demo_site}/ar/")
    assert page.locator("html").get_attribute("lang") == "ar"
    page.screenshot(path=artifacts / "home-arabic.png")


def test_the_arabic_layout_really_mirrors(page, demo_site):
    def first_section_side(language):
        page.goto(f"{demo_site}/{language}/")
        box = page.locator(".sections li").first.bounding_box()
        return box["x"] + box["width"] / 2

    width = page.viewport_size["width"]
    assert first_section_side("en") < width / 2  # starts at the left...
    assert first_section_side("ar") > width / 2  # ...and at the right in Arabic
    brand = page.locator(".masthead .brand").bounding_box()
    assert brand["x"] > width / 2


def test_keyboard_users_get_a_skip_link_and_visible_focus(page, demo_site):
    page.goto(f"{demo_site}/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip.bounding_box()["y"] >= 0  # shown on screen once focused
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
