"""The one email helper: a template triple in the reader's language, text never escaped."""

import pytest

from newsroom.core import mail

pytestmark = pytest.mark.django_db


def test_every_text_part_and_subject_is_plain_text_and_the_html_is_escaped(settings):
    settings.WAGTAIL_SITE_NAME = "Tom & Jerry's <News>"
    context = {
        "confirm_url": "https://example.com/c?a=1&b=2",
        "days": 7,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "edition": "English",
    }
    rendered = mail.render("newsletters/email/confirm", context, "en")
    assert rendered.subject == "Confirm your subscription to the Tom & Jerry's <News> newsletter"
    assert "Tom & Jerry's <News> newsletter" in rendered.text
    assert "https://example.com/c?a=1&b=2" in rendered.text
    assert "Tom &amp; Jerry&#x27;s &lt;News&gt;" in rendered.html


def test_it_renders_in_the_language_it_is_given(settings):
    context = {"confirm_url": "https://x", "days": 2, "site_name": "M", "edition": "Deutsch"}
    rendered = mail.render("newsletters/email/confirm", context, "de")
    assert rendered.subject == "Bestätigen Sie Ihr Abonnement des Newsletters von M"


def test_the_subject_is_one_line_whatever_the_template_renders():
    context = {"notice": {"decision": "approved"}}
    rendered = mail.render("moderation/email/decision", context, "en")
    assert "\n" not in rendered.subject and rendered.subject == "Your comment is published"


def test_it_sends_text_and_html_with_one_click_unsubscribe(smtp_server):
    context = {"confirm_url": "https://x", "days": 2, "site_name": "M", "edition": "English"}
    mail.send_templated(
        "newsletters/email/confirm",
        "someone@example.com",
        context,
        "en",
        unsubscribe_url="https://example.com/off/t0ken/",
    )
    [(recipients, message)] = smtp_server.messages
    assert recipients == ["someone@example.com"]
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
    assert message["List-Unsubscribe"] == "<https://example.com/off/t0ken/>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
