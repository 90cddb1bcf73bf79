"""manage.py retry_webhooks: send the moderation webhooks that are due (run by the clock)."""

from django.core.management.base import BaseCommand

from newsroom.moderation.webhooks import send_due


class Command(BaseCommand):
    help = (
        "Attempt every moderation webhook delivery that is due: retries whose wait is "
        "over and deliveries whose worker died mid-send. Safe to run twice."
    )

    def handle(self, *args, **options):
        outcomes = send_due()
        if options["verbosity"]:
            summary = ", ".join(f"{count} {status}" for status, count in sorted(outcomes.items()))
            self.stdout.write(summary or "nothing due")
