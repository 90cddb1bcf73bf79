"""Editors work on digests in Wagtail's admin: reorder, edit the intro, preview as HTML
and text, send a test to themselves, send now and watch the progress. Nobody else may."""

import pytest
from django.contrib.auth.models import Permission

from newsroom.newsletters.models import Delivery, Digest
from newsroom.newsletters.tests.factories import make_digest, make_subscribers

pytestmark = pytest.mark.django_db

EDIT = "/admin/snippets/newsletters/digest/edit/{}/"
ADMIN = "/admin/newsletters/digest/{}/"


def _form(digest: Digest, order: list[int], intro: str) -> dict:
    items = list(digest.items.order_by("sort_order"))
    data = {
        "language": digest.language,
        "subject": digest.subject,
        "intro": intro,
        "send_at": "",
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": str(len(items)),
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    for index, item in enumerate(items):
        data[f"items-{index}-id"] = str(item.pk)
        data[f"items-{index}-article"] = str(item.article_id)
        data[f"items-{index}-ORDER"] = str(order.index(index) + 1)
    return data


def _titles(digest: Digest) -> list[str]:
    return [story.title for story in Digest.objects.get(pk=digest.pk).stories()]


def test_an_editor_reorders_the_stories_and_edits_the_intro(client, editions, editor):
    digest = make_digest(stories=3)
    before = _titles(digest)
    client.force_login(editor)
    assert client.get(EDIT.format(digest.pk)).status_code == 200
    response = client.post(EDIT.format(digest.pk), _form(digest, [2, 0, 1], "Hello, readers."))
    assert response.status_code == 302, response.content[:2000]
    assert _titles(digest) == [before[2], before[0], before[1]]
    assert Digest.objects.get(pk=digest.pk).intro == "Hello, readers."


def test_an_editor_previews_html_and_text(client, editions, editor):
    digest = make_digest(stories=2, intro="Morning & welcome")
    client.force_login(editor)
    html = client.get(ADMIN.format(digest.pk) + "preview.html")
    text = client.get(ADMIN.format(digest.pk) + "preview.txt")
    assert html.status_code == text.status_code == 200
    assert "Morning &amp; welcome" in html.text and "Digest story 2" in html.text
    assert text.headers["Content-Type"].startswith("text/plain")
    assert "Morning & welcome" in text.text and "Digest story 1" in text.text


def test_an_editor_sends_a_test_to_themselves_only(
    client, editions, editor, smtp_server, django_capture_on_commit_callbacks
):
    make_subscribers(3)
    digest = make_digest()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADMIN.format(digest.pk) + "send-test/")
    assert response.status_code == 302
    [(recipients, message)] = smtp_server.messages
    assert recipients == [editor.email]
    assert message["Subject"].startswith("[Test] ")
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.DRAFT


def test_an_editor_sends_now_and_sees_the_progress(
    client, editions, editor, smtp_server, django_capture_on_commit_callbacks
):
    make_subscribers(4)
    digest = make_digest()
    client.force_login(editor)
    confirm = client.get(ADMIN.format(digest.pk) + "send/")
    assert "goes to 4 subscribers" in confirm.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADMIN.format(digest.pk) + "send/")
    assert response.status_code == 302
    assert len(smtp_server.messages) == 4
    page = client.get(ADMIN.format(digest.pk) + "progress/")
    assert '<dd data-count="sent">4</dd>' in page.text
    assert '<dd data-count="remaining">0</dd>' in page.text
    as_json = client.get(
        ADMIN.format(digest.pk) + "progress/", headers={"Accept": "application/json"}
    )
    assert as_json.json() == {
        "status": "sent",
        "sent": 4,
        "failed": 0,
        "skipped": 0,
        "remaining": 0,
    }
    # A sent digest can no longer be changed or sent again.
    again = client.post(ADMIN.format(digest.pk) + "send/")
    assert again.status_code == 302 and len(smtp_server.messages) == 4
    refused = client.post(EDIT.format(digest.pk), _form(digest, [0, 1, 2], "Too late"))
    assert refused.status_code == 302
    assert Digest.objects.get(pk=digest.pk).intro == ""


def test_sending_an_empty_digest_is_refused_with_a_message(client, editions, editor):
    digest = make_digest(stories=0)
    digest.items.all().delete()
    client.force_login(editor)
    response = client.post(ADMIN.format(digest.pk) + "send/", follow=True)
    assert "Add at least one story before sending." in response.text
    assert not Delivery.objects.exists()


@pytest.mark.parametrize("persona", ["reader", "reporter"])
def test_others_may_not_preview_test_send_or_reorder(
    client, editions, persona, request, django_capture_on_commit_callbacks
):
    user = request.getfixturevalue(persona)
    make_subscribers(2)
    digest = make_digest(stories=3)
    before = _titles(digest)
    client.force_login(user)
    for suffix in ("preview.html", "preview.txt", "send-test/", "send/", "progress/"):
        response = client.get(ADMIN.format(digest.pk) + suffix)
        assert response.status_code in (302, 403), suffix
    with django_capture_on_commit_callbacks(execute=True):
        for suffix in ("send-test/", "send/"):
            assert client.post(ADMIN.format(digest.pk) + suffix).status_code in (302, 403)
        client.post(EDIT.format(digest.pk), _form(digest, [2, 1, 0], "Hijacked"))
    digest.refresh_from_db()
    assert digest.status == Digest.Status.DRAFT and digest.intro == ""
    assert _titles(digest) == before
    assert not Delivery.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, editions):
    digest = make_digest()
    response = client.get(ADMIN.format(digest.pk) + "preview.html")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_staff_may_manage_digests_without_being_editors(client, editions, make_reader):
    staff = make_reader("staffer", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    digest = make_digest()
    client.force_login(staff)
    assert client.get(ADMIN.format(digest.pk) + "preview.html").status_code == 200
    assert client.get(EDIT.format(digest.pk)).status_code == 200


def test_editors_find_digests_schedules_and_subscribers_in_the_admin(
    client, editions, editor, smtp_server, django_capture_on_commit_callbacks
):
    make_subscribers(2)
    digest = make_digest()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADMIN.format(digest.pk) + "send/")
    listing = client.get("/admin/snippets/newsletters/digest/")
    assert listing.status_code == 200
    assert "2 sent, 0 failed, 0 skipped, 0 remaining" in listing.text
    assert client.get("/admin/snippets/newsletters/schedule/").status_code == 200
    found = client.get("/admin/snippets/newsletters/subscriber/", {"q": "reader"})
    assert found.status_code == 200 and "@example.com" in found.text
