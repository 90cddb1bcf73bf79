"""Editors and reporters in Wagtail's admin: who may publish, revisions, scheduling."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from newsroom.articles.editions import EDITORS
from newsroom.articles.models import ArticlePage, HomePage, SectionPage
from newsroom.articles.tests.factories import make_article, section

pytestmark = pytest.mark.django_db


def test_an_editor_may_publish_and_a_reporter_may_only_draft(editions, editor, reporter):
    world = section()
    assert world.permissions_for_user(editor).can_publish_subpage()
    assert world.permissions_for_user(reporter).can_add_subpage()
    assert not world.permissions_for_user(reporter).can_publish_subpage()
    story = make_article(publish=False)
    assert story.permissions_for_user(editor).can_publish()
    assert not story.permissions_for_user(reporter).can_publish()


def test_a_reader_cannot_reach_the_admin(client, editions, reader):
    client.force_login(reader)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_groups_reach_the_admin_and_the_article_editor(client, editions, editor, reporter):
    story = make_article()
    for person in (editor, reporter):
        client.force_login(person)
        assert client.get("/admin/").status_code == 200
        assert client.get(f"/admin/pages/{story.pk}/edit/").status_code == 200


def test_a_reporters_publish_attempt_through_the_admin_is_refused(
    client, editions, reporter, editor
):
    story = make_article(publish=False)
    client.force_login(reporter)
    form = nested_form_data(
        {
            "title": "Sneaky",
            "slug": story.slug,
            "standfirst": story.standfirst,
            "published_at": story.published_at.strftime("%Y-%m-%d %H:%M"),
            "body": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
            "tags": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/pages/{story.pk}/edit/", form)
    assert response.status_code in (200, 302, 403)
    assert not ArticlePage.objects.get(pk=story.pk).live
    # ...while the same form from an editor publishes.
    editor_client = Client()
    editor_client.force_login(editor)
    response = editor_client.post(f"/admin/pages/{story.pk}/edit/", form)
    assert ArticlePage.objects.get(pk=story.pk).live


def test_every_publish_keeps_a_revision(editions):
    story = make_article(title="First take")
    story.title = "Second take"
    story.save_revision().publish()
    titles = [revision.content["title"] for revision in story.revisions.order_by("created_at")]
    assert titles == ["First take", "Second take"]


def test_a_scheduled_article_goes_live_when_the_clock_runs(client, editions):
    story = make_article(title="Embargoed until noon", publish=False)
    story.go_live_at = timezone.now() + timedelta(hours=1)
    story.save_revision().publish()  # with a future go-live date this only schedules
    assert not ArticlePage.objects.get(pk=story.pk).live

    # Let the hour pass: move the scheduled time into the past.
    revision = story.revisions.latest("created_at")
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("clock", "--once")

    assert ArticlePage.objects.get(pk=story.pk).live
    assert client.get(story.url).status_code == 200


def test_setup_is_safe_to_run_twice(editions):
    call_command("setup_site", verbosity=0)
    call_command("setup_site", verbosity=0)
    assert ArticlePage.objects.count() == 0
    assert HomePage.objects.count() == 7
    assert SectionPage.objects.count() == 7 * 9


def test_an_editor_previews_a_draft_which_readers_never_see(client, editions, editor):
    story = make_article(title="Draft under embargo", publish=False)
    client.force_login(editor)
    form = nested_form_data(
        {
            "title": "Draft under embargo",
            "slug": story.slug,
            "standfirst": "Previewed, not published.",
            "published_at": story.published_at.strftime("%Y-%m-%d %H:%M"),
            "body": streamfield([("paragraph", rich_text("<p>Embargoed text</p>"))]),
            "tags": "",
            "comments": inline_formset([]),
        }
    )
    preview_url = f"/admin/pages/{story.pk}/edit/preview/"
    assert client.post(preview_url, form).json()["is_valid"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert "Embargoed text" in preview.content.decode()
    client.logout()
    assert client.get(f"/en/world-news/{story.slug}/").status_code == 404


def test_a_reporters_draft_goes_to_the_editors_for_approval(editions, editor, reporter):
    story = make_article(publish=False)
    assert story.permissions_for_user(reporter).can_submit_for_moderation()
    story.save_revision(user=reporter)
    story.get_workflow().start(story, reporter)
    story.refresh_from_db()
    task = story.current_workflow_task.specific
    assert EDITORS in task.groups.values_list("name", flat=True)
    assert "approve" in [action[0] for action in task.get_actions(story, editor)]
    assert task.get_actions(story, reporter) == []
