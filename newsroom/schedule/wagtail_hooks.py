"""The admin's schedule: programmes per edition (a snippet), and the import page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsroom.schedule import views
from newsroom.schedule.models import Broadcast


class BroadcastViewSet(SnippetViewSet):
    model = Broadcast
    icon = "date"
    menu_label = _("Schedule")
    add_to_admin_menu = True
    list_display = ["title", "locale", "starts_at", "ends_at"]
    list_filter = ["locale"]
    search_fields = ["title"]
    ordering = ["starts_at"]


register_snippet(BroadcastViewSet)


@hooks.register("register_admin_urls")
def _import_url():
    return [path("schedule/import/", views.import_view, name="schedule-import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("schedule.add_broadcast")


@hooks.register("register_admin_menu_item")
def _import_menu_item():
    return ImportMenuItem(
        _("Import a schedule"), reverse("schedule-import"), icon_name="download", order=900
    )
