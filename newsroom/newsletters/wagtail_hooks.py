"""Newsletters in Wagtail's admin: digests (edit, reorder, preview, test, send, progress),
schedules and subscribers, for editors only."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from newsroom.newsletters import admin_views
from newsroom.newsletters.models import Digest, Schedule, Subscriber
from newsroom.newsletters.permissions import NewsletterEditorsPolicy

for model in (Digest, Schedule, Subscriber):
    register_permission_policy(model, NewsletterEditorsPolicy(model))


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("<id:pk>/preview.html", admin_views.preview_html, name="preview_html"),
        path("<id:pk>/preview.txt", admin_views.preview_text, name="preview_text"),
        path("<id:pk>/send-test/", admin_views.send_test, name="send_test"),
        path("<id:pk>/send/", admin_views.send_now, name="send_now"),
        path("<id:pk>/progress/", admin_views.progress, name="progress"),
    ]
    return [path("newsletters/digest/", include((urls, "newsletters_admin")))]


class DigestEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        digest = Digest.objects.filter(pk=kwargs.get("pk")).only("status").first()
        if digest and digest.status != Digest.Status.DRAFT and request.method == "POST":
            messages.error(request, _("A digest that is sending or sent cannot be changed."))
            return redirect(reverse("newsletters_admin:progress", args=[digest.pk]))
        return super().dispatch(request, *args, **kwargs)

    @property
    def header_buttons(self):
        pk = self.object.pk
        buttons = [
            (_("Preview HTML"), "preview_html", "view"),
            (_("Preview text"), "preview_text", "doc-full"),
            (_("Send a test to me"), "send_test", "mail"),
            (_("Progress"), "progress", "time"),
        ]
        if self.object.status == Digest.Status.DRAFT:
            buttons.insert(3, (_("Send now"), "send_now", "mail"))
        return [
            HeaderButton(label, url=reverse(f"newsletters_admin:{name}", args=[pk]), icon_name=icon)
            for label, name, icon in buttons
        ]


class DigestViewSet(SnippetViewSet):
    model = Digest
    icon = "mail"
    menu_label = _("Digests")
    edit_view_class = DigestEditView
    list_display = ["subject", "language", "status", "send_at", "progress_summary"]
    list_filter = ["language", "status"]


class ScheduleViewSet(SnippetViewSet):
    model = Schedule
    icon = "date"
    menu_label = _("Schedules")
    list_display = ["language", "send_time", "time_zone", "active"]


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    list_display = ["email", "language", "status", "confirmed_at"]
    list_filter = ["language", "status"]
    search_fields = ["email"]
    search_backend_name = None  # plain ORM lookups: subscribers are not in the site search


class NewsletterGroup(SnippetViewSetGroup):
    items = (DigestViewSet, ScheduleViewSet, SubscriberViewSet)
    menu_icon = "mail"
    menu_label = _("Newsletters")
    menu_name = "newsletters"


register_snippet(NewsletterGroup)
