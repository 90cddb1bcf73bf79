from django.contrib import admin

from newsroom.moderation.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Readable by staff; nobody may add, change or delete an entry, not even a superuser."""

    list_display = ["created_at", "action", "actor", "automatic", "comment", "reader", "reason"]
    list_filter = ["action"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
