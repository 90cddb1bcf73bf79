"""The newsletter speaks every edition's language, from its own catalogue."""

from pathlib import Path

import polib
import pytest

pytestmark = pytest.mark.django_db

LOCALE = Path(__file__).resolve().parents[1] / "locale"


@pytest.mark.parametrize("language", ["ar", "de", "es", "fr", "ru", "sr"])
def test_every_string_is_translated_and_none_is_fuzzy(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == [] and not catalogue.metadata_is_fuzzy


def test_the_german_edition_signs_up_in_german(
    client, editions, smtp_server, django_capture_on_commit_callbacks
):
    assert "Der Newsletter" in client.get("/de/newsletter/").text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/de/newsletter/", {"email": "d@example.com", "edition": "de"})
    assert "Sehen Sie in Ihr Postfach" in response.text
    [(_recipients, message)] = smtp_server.messages
    assert message["Subject"].strip().startswith("Bestätigen Sie Ihr Abonnement")
    assert "Der Link gilt 7 Tage." in message.get_body(("plain",)).get_content()
