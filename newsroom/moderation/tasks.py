"""Emails to authors about moderators' decisions, sent by a worker after the decision."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

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
        context = {
            "notice": notice,
            "name": profile.display_name,
            "article_url": settings.SITE_URL + notice.article_url,
            "account_url": settings.SITE_URL + reverse("account"),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = render_to_string("moderation/email/decision-subject.txt", context).strip()
        text = render_to_string("moderation/email/decision.txt", context)
        html = render_to_string("moderation/email/decision.html", context)
    message = EmailMultiAlternatives(subject, text, to=[reader.email])
    message.attach_alternative(html, "text/html")
    message.send()
    return "sent"
