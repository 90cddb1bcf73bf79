"""manage.py newsletter_clock (run every minute by `manage.py clock`): drafts each
edition's digest before its slot, sends it at its time, resumes abandoned sending."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsroom.articles.tests.factories import make_article
from newsroom.core.management.commands.clock import JOBS
from newsroom.newsletters.actions import do_start_sending
from newsroom.newsletters.models import Digest, Schedule
from newsroom.newsletters.tests.factories import make_digest, make_subscribers

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


def test_the_default_schedule_is_monday_wednesday_friday_at_seven_in_the_edition_zone():
    schedule = Schedule(language="de", time_zone="Europe/Berlin")
    tuesday_noon = datetime(2026, 11, 24, 12, 0, tzinfo=BERLIN)
    assert schedule.next_slot(tuesday_noon) == datetime(2026, 11, 25, 7, 0, tzinfo=BERLIN)
    friday_seven = datetime(2026, 11, 27, 7, 0, tzinfo=BERLIN)
    assert schedule.next_slot(friday_seven) == datetime(2026, 11, 30, 7, 0, tzinfo=BERLIN)


def test_it_drafts_each_slot_once_from_the_top_stories(editions, settings):
    settings.NEWSLETTER_DRAFT_HOURS = 24 * 7  # every edition's next slot is in reach
    lead = make_article(title="The lead", is_top_story=True, with_image=False)
    make_article(title="Also today", with_image=False)
    call_command("newsletter_clock")
    call_command("newsletter_clock")  # safe to run twice
    digest = Digest.objects.get(language="en")
    assert digest.status == Digest.Status.DRAFT
    assert digest.send_at == digest.scheduled_for > timezone.now()
    assert [story.title for story in digest.stories()][:2] == [lead.title, "Also today"]
    assert Schedule.objects.count() == 7
    # Editions without any story get no empty digest.
    assert not Digest.objects.exclude(language="en").exists()


def test_it_sends_a_draft_whose_time_has_come(
    editions, smtp_server, django_capture_on_commit_callbacks
):
    make_subscribers(2)
    digest = make_digest(send_at=timezone.now() - timedelta(minutes=1))
    Schedule.objects.create(language="en", active=False)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("newsletter_clock")
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENT
    assert len(smtp_server.messages) == 2


def test_it_resumes_a_digest_whose_workers_went_quiet(
    editions, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_subscribers(3)
    digest = make_digest()
    do_start_sending(digest)  # its task is queued, and (say) lost with its worker
    Digest.objects.filter(pk=digest.pk).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    call_command("newsletter_clock")
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENT
    assert len(smtp_server.messages) == 3


def test_the_site_clock_runs_it_every_minute():
    assert ("newsletter_clock", 60) in JOBS
