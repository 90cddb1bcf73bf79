"""Background work for comments: reply emails, sent by a worker, never in the request."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from newsroom.accounts.signing import reply_emails_off_token
from newsroom.comments.models import Comment
from newsroom.comments.section import permalink
from newsroom.core.mail import send_templated


@task()
def notify_reply(reply_id: int) -> str:
    """Email the parent's author about a reply, if they want reply emails."""
    reply = (
        Comment.objects.select_related(
            "article__locale", "author__profile", "parent__author__profile"
        )
        .filter(pk=reply_id)
        .first()
    )
    if reply is None or reply.parent is None:
        return "gone"
    recipient = reply.parent.author
    if recipient is None or recipient.pk == reply.author_id:
        return "no one to tell"
    if reply.status != Comment.Status.PUBLISHED or reply.is_deleted:
        return "not published"
    profile = recipient.profile
    if not (profile.notify_on_reply and profile.email_verified and recipient.email):
        return "not wanted"
    language = reply.article.locale.language_code
    with translation.override(language):
        off_url = settings.SITE_URL + reverse(
            "reply-emails-off", args=[reply_emails_off_token(recipient)]
        )
        context = {
            "reply": reply,
            "name": profile.display_name,
            "article": reply.article,
            "reply_url": settings.SITE_URL + permalink(reply.article, reply),
            "off_url": off_url,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
    send_templated(
        "comments/email/reply", recipient.email, context, language, unsubscribe_url=off_url
    )
    return "sent"
