"""Emails to authors about moderators' decisions, sent by a worker after the decision."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from newsroom.core.mail import send_templated
from newsroom.moderation.models import Notice


@task()
def email_decision(notice_id: int) -> str:
    notice = (
        Notice.objects.select_related("reader__profile", "comment__article__locale")
        .filter(pk=notice_id)
        .first()
    )
    if notice is None:
        return "gone"
    reader = notice.reader
    profile = reader.profile
    if not (profile.notify_on_moderation and profile.email_verified and reader.email):
        return "not wanted"
    article = notice.comment.article if notice.comment else None
    language = article.locale.language_code if article else settings.LANGUAGE_CODE
    with translation.override(language):
        account_url = settings.SITE_URL + reverse("account")
    context = {
        "notice": notice,
        "name": profile.display_name,
        "article_url": settings.SITE_URL + notice.article_url,
        "account_url": account_url,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    send_templated("moderation/email/decision", reader.email, context, language)
    return "sent"


@task()
def deliver_webhook(delivery_id: int) -> str:
    """One attempt at a webhook delivery (newsroom/moderation/webhooks.py)."""
    from newsroom.moderation.webhooks import attempt

    return attempt(delivery_id)
