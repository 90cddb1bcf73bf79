"""A reader who confirms an address inherits the comments imported under it."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from newsroom.imports.authors import do_claim


@receiver(email_confirmed, dispatch_uid="imports-claim-on-confirm")
def claim_imported_comments(sender, request, email_address, **kwargs):
    do_claim(email_address.user, email_address.email)
