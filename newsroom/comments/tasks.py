"""Background work for comments: reply emails, sent by a worker, never in the request."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from newsroom.accounts.signing import reply_emails_off_token
from newsroom.comments.models import Comment
from newsroom.comments.section import permalink


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
    with translation.override(reply.article.locale.language_code):
        off_path = reverse("reply-emails-off", args=[reply_emails_off_token(recipient)])
        context = {
            "reply": reply,
            "name": profile.display_name,
            "article": reply.article,
            "reply_url": settings.SITE_URL + permalink(reply.article, reply),
            "off_url": settings.SITE_URL + off_path,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = render_to_string("comments/email/reply-subject.txt", context).strip()
        text = render_to_string("comments/email/reply.txt", context)
        html = render_to_string("comments/email/reply.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[recipient.email],
        headers={
            "List-Unsubscribe": f"<{context['off_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    message.send()
    return "sent"
