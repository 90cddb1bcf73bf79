"""The digest's own admin pages: previews, a test send, sending and its progress."""

from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from newsroom.core.refusals import answer, wants_json
from newsroom.newsletters.access import get_digest_for_editing
from newsroom.newsletters.actions import check_can_send, do_send_test, do_start_sending
from newsroom.newsletters.errors import NewsletterRefused
from newsroom.newsletters.models import Digest, Subscriber
from newsroom.newsletters.sending import DigestMail


def _edit_url(digest: Digest) -> str:
    return reverse("wagtailsnippets_newsletters_digest:edit", args=[digest.pk])


@require_GET
def preview_html(request, pk: int):
    digest = get_digest_for_editing(request, pk)
    return HttpResponse(DigestMail(digest).html)


@require_GET
def preview_text(request, pk: int):
    digest = get_digest_for_editing(request, pk)
    return HttpResponse(DigestMail(digest).text, content_type="text/plain; charset=utf-8")


@require_http_methods(["GET", "POST"])
def send_test(request, pk: int):
    digest = get_digest_for_editing(request, pk)
    if request.method == "POST":
        try:
            do_send_test(digest, request.user.email)
        except NewsletterRefused as refused:
            return answer(request, refused, back=_edit_url(digest))
        messages.success(request, _("A test is on its way to %s.") % request.user.email)
        return redirect(_edit_url(digest))
    return _confirm(request, digest, _("Send a test to yourself"),
                    _("The digest goes to %s only, marked as a test.") % request.user.email,
                    _("Send the test"))  # fmt: skip


@require_http_methods(["GET", "POST"])
def send_now(request, pk: int):
    digest = get_digest_for_editing(request, pk)
    progress_url = reverse("newsletters_admin:progress", args=[digest.pk])
    try:
        check_can_send(digest)
    except NewsletterRefused as refused:
        return answer(request, refused, back=progress_url)
    if request.method == "POST":
        do_start_sending(digest)
        messages.success(request, _("Sending has started."))
        return redirect(progress_url)
    count = Subscriber.objects.receiving(digest.language).count()
    explanation = _("The digest goes to %d subscribers now. It cannot be changed afterwards.")
    return _confirm(request, digest, _("Send now"), explanation % count, _("Send to everyone"))


def _confirm(request, digest, title: str, explanation: str, button: str):
    context = {"digest": digest, "page_title": title, "explanation": explanation,
               "button": button, "edit_url": _edit_url(digest)}  # fmt: skip
    return render(request, "newsletters/admin/confirm.html", context)


@require_GET
def progress(request, pk: int):
    digest = get_digest_for_editing(request, pk)
    counts = digest.progress()
    if wants_json(request):
        return JsonResponse({"status": digest.status, "sent": counts.sent, "failed": counts.failed,
                             "skipped": counts.skipped, "remaining": counts.remaining})  # fmt: skip
    context = {"digest": digest, "progress": counts, "page_title": _("Sending progress"),
               "edit_url": _edit_url(digest)}  # fmt: skip
    return render(request, "newsletters/admin/progress.html", context)
