"""manage.py read_bounces: unsubscribe hard-bounced and complaining addresses found in
mbox files of bounce reports (DSN), complaints (ARF) and mailto: unsubscribe requests."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsroom.newsletters.bounces import read_mbox


class Command(BaseCommand):
    help = (
        "Read mbox files of delivery-status reports (hard bounces unsubscribe the address),"
        " ARF complaints (unsubscribe) and 'unsubscribe <token>' mails. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("mbox", nargs="+", help="mbox files to read")

    def handle(self, *args, mbox, **options):
        for path in mbox:
            if not Path(path).is_file():
                raise CommandError(f"{path}: no such file")
            report = read_mbox(path)
            self.stdout.write(
                f"{path}: {report.hard_bounces} hard bounces, {report.soft_bounces} soft"
                f" bounces (ignored), {report.complaints} complaints, {report.unsubscribes}"
                f" unsubscribe requests, {report.not_understood} not understood;"
                f" {report.unsubscribed} subscriptions ended"
            )
