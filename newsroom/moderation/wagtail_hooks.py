"""Staff edit each language's word list in the admin (Snippets → Word list, filtered by
language); thresholds are under Settings → Moderation. A menu item leads to the queue,
which lives outside the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsroom.moderation.models import WordListEntry
from newsroom.moderation.roles import PERMISSION


class WordListViewSet(SnippetViewSet):
    model = WordListEntry
    icon = "warning"
    menu_label = _("Word list")
    add_to_admin_menu = True
    list_display = ["phrase", "language", "action", "note"]
    list_filter = ["language", "action"]
    search_fields = ["phrase", "note"]
    search_backend_name = None  # a plain database search: the list is small


register_snippet(WordListViewSet)


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def moderation_queue_menu_item():
    return QueueMenuItem(_("Comment moderation"), "/moderation/", icon_name="comment", order=250)
