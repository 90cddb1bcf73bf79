"""In real Chromium, a person signs up with the proof of work solved by the widget in
the page, under the strict Content-Security-Policy without a violation; with
JavaScript off, by waiting and pressing the button again."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from newsroom.core.tests.test_content_security_policy_browser import WATCH_VIOLATIONS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server, editions, settings):
    settings.HUMAN_CHECKS = True
    settings.HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS = 1
    return live_server.url


def _fill(page, email):
    page.get_by_label("Email").fill(email)
    page.get_by_label("Display name").fill("Nadia R.")
    _passwords(page)


def _passwords(page):
    page.get_by_label("Password", exact=True).fill("a long and odd passphrase")
    page.get_by_label("Password (again)").fill("a long and odd passphrase")


def test_the_widget_solves_the_proof_and_the_reader_signs_up(chromium, site, artifacts):
    context = chromium.new_context()
    context.add_init_script(WATCH_VIOLATIONS)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(site + "/en/accounts/signup/")
    _fill(page, "person@example.com")
    # The widget starts on focus; its hidden field holds the solution once it is done.
    expect(page.locator('altcha-widget input[name="altcha"]')).to_have_count(1, timeout=20000)
    page.wait_for_function(
        "() => (document.querySelector('input[name=altcha]') || {}).value", timeout=30000
    )
    page.screenshot(path=str(artifacts / "signup-proof-of-work.png"), full_page=True)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("Verify Your Email Address")).to_be_visible(timeout=15000)
    assert get_user_model().objects.filter(email="person@example.com").exists()
    violations = page.evaluate("window.__violations") + [
        line for line in console if "Content Security Policy" in line
    ]
    assert violations == []
    context.close()


def test_without_javascript_the_reader_waits_and_signs_up(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/en/accounts/signup/")
    _fill(page, "slow@example.com")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("please press the button again in 1 seconds")).to_be_visible()
    assert page.get_by_label("Display name").input_value() == "Nadia R."
    page.wait_for_timeout(1500)
    _passwords(page)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("Verify Your Email Address")).to_be_visible()
    assert get_user_model().objects.filter(email="slow@example.com").exists()
    context.close()
