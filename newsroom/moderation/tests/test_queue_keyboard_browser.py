"""In real Chromium, a moderator works a queue of 20 held comments by keyboard alone:
moves with j/k, opens the help with ?, approves with a, rejects with r and a number."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from newsroom.articles.editions import ensure_editions
from newsroom.articles.tests.factories import make_article
from newsroom.comments.models import Comment
from newsroom.moderation.models import AuditEntry
from newsroom.moderation.roles import MODERATORS, ensure_moderators_group
from newsroom.moderation.tests.factories import held_comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WAIT_MS = 10_000
SPAM = "Cheap watches and pills at a discount, visit my shop today"
THREAT = "Someone should pay the mayor a visit at home tonight"


@pytest.fixture
def queue_of_20(make_reader):
    ensure_editions()
    ensure_moderators_group()
    moderator = make_reader("moderator", MODERATORS)
    article = make_article(title="Harbour reopens after the storm")
    bodies = []
    for n in range(20):
        author = make_reader(f"reader{n}")
        if n % 5 == 1:
            body = f"{SPAM} (number {n})."
        elif n % 5 == 3:
            body = f"{THREAT} (number {n})."
        else:
            body = f"A fair question about the harbour, number {n}."
        held_comment(author, body=body, article=article)
        bodies.append(body)
    return moderator, bodies


@pytest.fixture
def signed_in_page(chromium, live_server, queue_of_20):
    moderator, _bodies = queue_of_20
    client = Client()
    client.force_login(moderator)
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    yield context.new_page()
    context.close()


def current_id(page) -> str:
    return page.locator(".mod-item.is-current").get_attribute("data-id")


def test_a_moderator_works_20_comments_by_keyboard(
    signed_in_page, live_server, queue_of_20, artifacts
):
    moderator, _bodies = queue_of_20
    page = signed_in_page
    page.goto(f"{live_server.url}/moderation/")
    items = page.locator(".mod-item")
    expect(items).to_have_count(20, timeout=WAIT_MS)

    first = current_id(page)
    page.keyboard.press("j")
    page.keyboard.press("j")
    second_down = current_id(page)
    assert second_down != first
    page.keyboard.press("k")
    page.keyboard.press("k")
    assert current_id(page) == first

    page.keyboard.press("?")
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(help_dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(help_dialog).to_be_hidden()

    page.screenshot(path=str(artifacts / "moderation-queue.png"), full_page=False)
    for remaining in range(20, 0, -1):
        text = page.locator(".mod-item.is-current .mod-item__body").inner_text()
        if SPAM in text:
            page.keyboard.press("r")
            expect(page.get_by_role("dialog", name="Reject this comment")).to_be_visible()
            page.keyboard.press("1")  # spam
            page.keyboard.press("Enter")
        elif THREAT in text:
            page.keyboard.press("r")
            page.keyboard.press("4")  # threats
            page.keyboard.press("Enter")
        else:
            page.keyboard.press("a")
        if remaining > 1:
            expect(items).to_have_count(remaining - 1, timeout=WAIT_MS)
            expect(page.locator(".mod-item.is-current")).to_have_count(1)
    expect(page.get_by_text("Nothing here. Well done.")).to_be_visible(timeout=WAIT_MS)

    comments = Comment.objects.all()
    assert comments.filter(status="pending").count() == 0
    assert comments.filter(status="published").count() == 12
    spam = comments.filter(body__startswith=SPAM)
    threats = comments.filter(body__startswith=THREAT)
    assert set(spam.values_list("status", flat=True)) == {"rejected"} and spam.count() == 4
    assert all("spam" in reason for reason in spam.values_list("status_reason", flat=True))
    assert all("threats" in reason for reason in threats.values_list("status_reason", flat=True))
    decisions = AuditEntry.objects.filter(actor=moderator)
    assert decisions.filter(action="approved").count() == 12
    assert decisions.filter(action="rejected").count() == 8
