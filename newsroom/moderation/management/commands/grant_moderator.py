"""manage.py grant_moderator <email>: give someone the Moderator role (or take it away)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from newsroom.moderation.roles import ensure_moderators_group


class Command(BaseCommand):
    help = "Add an account to the Moderators group, who work the queue at /moderation/."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--remove", action="store_true", help="take the role away")

    def handle(self, email, remove=False, **options):
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No account with the address {email}.")
        group = ensure_moderators_group()
        if remove:
            user.groups.remove(group)
            self.stdout.write(f"{email} is no longer a moderator.")
        else:
            user.groups.add(group)
            self.stdout.write(self.style.SUCCESS(f"{email} is a moderator: /moderation/"))
