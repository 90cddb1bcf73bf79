"""The admin's audio library: upload, list and choose audio files for episodes."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsroom.podcasts.models import AudioFile


class AudioFileViewSet(SnippetViewSet):
    model = AudioFile
    icon = "media"
    menu_label = _("Podcast audio")
    add_to_admin_menu = True
    list_display = ["title", "duration", "size_bytes", "uploaded_at"]
    search_fields = ["title"]


register_snippet(AudioFileViewSet)
