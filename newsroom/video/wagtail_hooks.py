"""The admin's video library: upload, watch the processing, choose videos for stories."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsroom.video.models import Video, VideoStatus


class StatusColumn(Column):
    """The state, with the progress while processing and the reason when it failed."""

    def get_value(self, instance: Video):
        if instance.status == VideoStatus.PROCESSING:
            return format_html(
                '{} <progress max="100" value="{}">{} %</progress>',
                instance.get_status_display(),
                instance.progress,
                instance.progress,
            )
        if instance.status == VideoStatus.FAILED:
            return format_html("{}: {}", instance.get_status_display(), instance.error)
        return instance.get_status_display()


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    menu_label = _("Videos")
    add_to_admin_menu = True
    list_display = ["title", StatusColumn("status", label=_("Status")), "duration", "uploaded_at"]
    list_filter = ["status"]
    search_fields = ["title"]


register_snippet(VideoViewSet)
