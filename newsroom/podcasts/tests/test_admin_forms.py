"""Editors make podcasts in Wagtail's admin: the page forms, with an audio chooser."""

import pytest
from django.urls import reverse

from newsroom.podcasts.tests.factories import make_audio, make_show, podcasts_page

pytestmark = pytest.mark.django_db


def _add_url(model: str, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["podcasts", model, parent.pk])


def test_a_show_and_an_episode_can_be_added_where_they_belong(admin_client, editions):
    show = make_show()
    assert admin_client.get(_add_url("showpage", podcasts_page())).status_code == 200
    response = admin_client.get(_add_url("episodepage", show))
    assert response.status_code == 200
    assert "/admin/snippets/choose/podcasts/audiofile/" in response.content.decode()


def test_an_editor_publishes_an_episode_from_the_admin(admin_client, editions, client):
    show = make_show()
    audio = make_audio(seconds=2)
    response = admin_client.post(
        _add_url("episodepage", show),
        {
            "title": "Made in the admin",
            "slug": "made-in-the-admin",
            "audio": audio.pk,
            "show_notes": '{"blocks": [{"key": "a", "type": "unstyled", "depth": 0,'
            ' "text": "Notes.", "inlineStyleRanges": [], "entityRanges": []}],'
            ' "entityMap": {}}',
            "published_at": "2026-11-20 08:00",
            "season": "1",
            "episode_number": "4",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Made in the admin" in client.get(show.url + "feed/").content.decode()


def test_the_podcasts_page_goes_only_under_an_edition_home(admin_client, editions):
    # Wagtail refuses a page type where the tree does not allow it (back to the admin).
    response = admin_client.get(_add_url("podcastindexpage", make_show()))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
