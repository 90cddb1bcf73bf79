from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from newsroom.moderation.models import AuditEntry, WebhookDelivery, WebhookEndpoint


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


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ["name", "url", "active", "events", "created_at"]
    list_filter = ["active"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """The delivery log: read only, with "send again" for failed deliveries."""

    list_display = [
        "created_at",
        "event",
        "endpoint",
        "status",
        "attempts",
        "last_attempt_at",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "delivered_at",
    ]
    list_filter = ["status", "event", "endpoint"]
    date_hierarchy = "created_at"
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Send again now"))
    def send_again(self, request, queryset):
        from django.utils import timezone

        from newsroom.moderation.tasks import deliver_webhook

        ids = list(
            queryset.exclude(status=WebhookDelivery.Status.DELIVERED).values_list("pk", flat=True)
        )
        queryset.filter(pk__in=ids).update(
            status=WebhookDelivery.Status.RETRYING, next_attempt_at=timezone.now(), attempts=0
        )
        for pk in ids:
            deliver_webhook.enqueue(pk)
        message = ngettext(
            "%(count)d delivery queued again.", "%(count)d deliveries queued again.", len(ids)
        )
        self.message_user(request, message % {"count": len(ids)})
