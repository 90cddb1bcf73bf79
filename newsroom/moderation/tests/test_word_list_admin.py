"""Staff and moderators edit the word list and thresholds in the admin; readers cannot."""

import pytest

from newsroom.moderation.models import ModerationSettings, WordListEntry

pytestmark = pytest.mark.django_db

WORDS = "/admin/snippets/moderation/wordlistentry/"
THRESHOLDS = "/admin/settings/moderation/moderationsettings/"


@pytest.mark.parametrize("who", ["moderator", "admin"])
def test_moderators_and_admins_edit_the_word_list(client, editions, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(WORDS).status_code == 200
    response = client.post(
        f"{WORDS}add/", {"phrase": "  Snake   OIL ", "action": "hold", "note": ""}
    )
    assert response.status_code == 302
    entry = WordListEntry.objects.get(phrase="snake oil")
    assert entry.action == "hold"
    listing = client.get(WORDS, {"q": "snake"}).content.decode()
    assert "snake oil" in listing


def test_a_word_list_entry_needs_a_word(client, editions, moderator):
    client.force_login(moderator)
    response = client.post(f"{WORDS}add/", {"phrase": "**", "action": "hold"})
    assert response.status_code == 200 and "Enter a word or phrase" in response.content.decode()


def test_moderators_change_the_thresholds(client, editions, moderator):
    client.force_login(moderator)
    page = client.get(THRESHOLDS)
    assert page.status_code in (200, 302)
    url = page["Location"] if page.status_code == 302 else THRESHOLDS
    form = client.get(url)
    assert form.status_code == 200 and "likely toxic at or above" in form.content.decode().lower()
    current = ModerationSettings.current()
    data = {
        "toxicity_hold": "0.35",
        "toxicity_reject": "1.0",
        "max_links": "3",
        "shouting_ratio": "0.8",
        "new_reader_approvals": "2",
        "new_account_link_days": "7",
        "rejection_rate": "0.5",
        "rejection_window_days": "30",
        "rejection_min_decided": "3",
        "reports_to_hold": "4",
    }
    client.post(url, data)
    current.refresh_from_db()
    assert (current.toxicity_hold, current.max_links, current.reports_to_hold) == (0.35, 3, 4)


@pytest.mark.parametrize("who", ["reader", "editor"])
def test_readers_and_editors_cannot(client, editions, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.post(f"{WORDS}add/", {"phrase": "anything", "action": "block"})
    assert response.status_code in (302, 403)
    assert not WordListEntry.objects.filter(phrase="anything").exists()
