"""The words of the checks at the door, the commenting windows, the sign-in lockouts and
the webhooks are in each edition's language, not English: the pages are rendered in
German, Arabic and Serbian and the translated text is looked for."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsroom.accounts.models import FailedSignIn
from newsroom.articles.tests.factories import make_article, section

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "neu@example.com",
    "display_name": "Nadia R.",
    "password1": "a long and odd passphrase",
    "password2": "a long and odd passphrase",
}


@pytest.fixture
def _checks_on(settings):
    settings.HUMAN_CHECKS = True
    settings.HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS = 10


@pytest.mark.usefixtures("_checks_on")
def test_the_signup_pages_human_check_speaks_german(client, editions):
    page = client.get("/de/accounts/signup/").text
    assert "Lassen Sie dieses Feld leer" in page  # the honeypot's label
    assert "Ohne JavaScript bitten wir Sie, 10 Sekunden zu warten" in page
    assert "Leave this field empty" not in page
    pressed = client.post("/de/accounts/signup/", SIGNUP).text  # no JavaScript, no proof
    assert "Bitte drücken Sie die Schaltfläche in 10 Sekunden noch einmal" in pressed


@pytest.mark.usefixtures("_checks_on")
def test_the_signup_pages_human_check_speaks_arabic(client, editions):
    page = client.get("/ar/accounts/signup/").text
    assert "اترك هذا الحقل فارغًا" in page
    pressed = client.post("/ar/accounts/signup/", SIGNUP).text
    assert "يرجى الضغط على الزر مرة أخرى بعد 10 ثانية" in pressed
    honeypot = client.post("/ar/accounts/signup/", {**SIGNUP, "website": "x"}).text
    assert "تعذّر علينا قبول هذا النموذج" in honeypot


def test_the_newsletter_signup_refuses_a_disposable_address_in_german(client, editions):
    page = client.post("/de/newsletter/", {"email": "a@mailinator.com", "edition": "de"})
    assert "Wegwerf-E-Mail-Adressen nehmen wir nicht an" in page.text


def test_closed_threads_say_why_in_the_editions_language(client, editions, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 7
    old = timezone.now() - timedelta(days=9)
    german = make_article(parent=section(language="de"), published_at=old)
    arabic = make_article(parent=section(language="ar"), published_at=old)
    assert "Die Kommentare wurden 7 Tage nach der Veröffentlichung" in client.get(german.url).text
    assert "أُغلقت التعليقات بعد 7 يومًا من نشر هذا المقال" in client.get(arabic.url).text
    settings.COMMENTS_READ_ONLY = True
    serbian = make_article(parent=section(language="sr"))
    assert "Коментари су тренутно само за читање" in client.get(serbian.url).text


def test_staff_see_lockouts_and_webhook_refusals_in_german(client, admin):
    FailedSignIn.objects.create(email="leser@example.com", address="203.0.113.4", locked_out=True)
    client.force_login(admin)
    german = {"HTTP_ACCEPT_LANGUAGE": "de"}
    lockouts = client.get("/django-admin/accounts/failedsignin/", **german).text
    assert "Jetzt gesperrt" in lockouts
    assert "Sperre der ausgewählten Adressen aufheben" in lockouts
    refused = client.post(
        "/django-admin/moderation/webhookendpoint/add/",
        {
            "name": "Chat",
            "url": "http://10.0.0.5/hook",
            "secret": "s",
            "events": "[]",
            "created_at_0": "2026-12-01",
            "created_at_1": "10:00:00",
        },
        **german,
    ).text
    assert "eine private Adresse: Webhooks gehen nur an öffentliche Adressen" in refused
