"""Newsletters' part of a reader's data download: the subscriptions of the addresses
they have confirmed, and the digests sent to them."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import User

from newsroom.newsletters.models import Delivery, Subscriber, normalise_email


def reader_newsletters(user: User) -> tuple[str, dict]:
    # Only confirmed addresses: anyone may type someone else's address into their account,
    # and must not download that person's subscriptions.
    addresses = {
        normalise_email(email)
        for email in EmailAddress.objects.filter(user=user, verified=True).values_list(
            "email", flat=True
        )
    }
    subscribers = Subscriber.objects.filter(email__in=addresses).order_by("email", "language")
    deliveries = (
        Delivery.objects.filter(subscriber__in=subscribers)
        .select_related("digest")
        .order_by("digest__created_at", "pk")
    )
    return "newsletters", {
        "subscriptions": [
            {
                "email": subscriber.email,
                "edition": subscriber.language,
                "status": subscriber.status,
                "confirmed": subscriber.confirmed_at.isoformat(),
                "changed": subscriber.changed_at.isoformat(),
            }
            for subscriber in subscribers
        ],
        "digests_sent": [
            {
                "email": delivery.email,
                "digest": delivery.digest.subject,
                "state": delivery.state,
                "sent": delivery.sent_at.isoformat() if delivery.sent_at else None,
            }
            for delivery in deliveries
        ],
    }
