"""manage.py newsletter_clock: draft digests on each edition's schedule, start the ones
whose time has come, and restart digests whose workers died. Run every minute by
`manage.py clock`; safe to run twice (a slot is drafted once, a digest started once)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from newsroom.newsletters.actions import (
    do_draft_digest,
    ensure_schedules,
    resume_abandoned_digests,
    start_due_digests,
)
from newsroom.newsletters.models import Schedule


class Command(BaseCommand):
    help = (
        "Draft each edition's next digest NEWSLETTER_DRAFT_HOURS before its scheduled time,"
        " send drafts whose time has come, and resume digests nobody is sending."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        ensure_schedules()
        for schedule in Schedule.objects.filter(active=True):
            slot = schedule.next_slot(now)
            if (
                slot is None
                or (slot - now).total_seconds() > settings.NEWSLETTER_DRAFT_HOURS * 3600
            ):
                continue
            digest = do_draft_digest(schedule.language, scheduled_for=slot, allow_empty=False)
            if digest is not None:
                self.stdout.write(f"drafted digest {digest.pk} ({digest.language}) for {slot}")
        for digest in start_due_digests(now):
            self.stdout.write(f"sending digest {digest.pk} ({digest.language})")
        for digest_id in resume_abandoned_digests(now):
            self.stdout.write(f"resumed digest {digest_id}")
