"""Background work for newsletters: confirmation emails, test sends and digest sending,
done by a task worker (`manage.py db_worker`), never in the request."""

from django.conf import settings
from django.core.mail.message import make_msgid
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from newsroom.core.mail import send_templated
from newsroom.newsletters import sending
from newsroom.newsletters.models import Digest
from newsroom.newsletters.signing import confirmation_token


@task()
def send_confirmation(email: str, language: str) -> str:
    """The double opt-in email: a signed link that expires."""
    with translation.override(language):
        path = reverse("newsletters:confirm", args=[confirmation_token(email, language)])
    context = {
        "confirm_url": settings.SITE_URL + path,
        "days": settings.NEWSLETTER_CONFIRM_DAYS,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "edition": dict(settings.LANGUAGES)[language],
    }
    send_templated("newsletters/email/confirm", email, context, language)
    return "sent"


@task()
def send_test_digest(digest_id: int, email: str) -> str:
    """A digest as subscribers will get it, to one editor, marked as a test."""
    digest = Digest.objects.filter(pk=digest_id).first()
    if digest is None:
        return "gone"
    mail = sending.DigestMail(digest)
    with translation.override(digest.language):
        prefix = "[" + translation.gettext("Test") + "] "
    mail.message(email, make_msgid(), "test", subject_prefix=prefix).send()
    return "sent"


@task()
def send_digest(digest_id: int) -> str:
    """Work on a digest until it is all sent. Several may run at once, on any machine."""
    tally = sending.send_digest(digest_id)
    return "not sending" if tally is None else f"{tally.sent} sent, {tally.failed} failed"
