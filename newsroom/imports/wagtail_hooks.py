"""Comment imports and exports in Wagtail's admin, for staff with the permission."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from newsroom.imports import admin_views
from newsroom.imports.access import can_import


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.index, name="index"),
        path("<int:pk>/", admin_views.run, name="run"),
        path("export/", admin_views.export, name="export"),
    ]
    return [path("comment-imports/", include((urls, "imports_admin")))]


class ImportsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_settings_menu_item")
def imports_menu_item():
    return ImportsMenuItem(_("Comment import & export"), "/admin/comment-imports/",
                           icon_name="download", order=900)  # fmt: skip
