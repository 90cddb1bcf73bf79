"""Failed sign-ins and lockouts, for staff (Django admin → Reader accounts)."""

from datetime import timedelta

from allauth.core.internal.ratelimit import parse_rates
from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.accounts import lockouts
from newsroom.accounts.models import FailedSignIn


def lockout_seconds() -> int:
    """How long a lockout lasts: the longest window of allauth's failed sign-in throttle."""
    rates = parse_rates(settings.ACCOUNT_RATE_LIMITS.get("login_failed"))
    return int(max((rate.duration for rate in rates), default=60))


class LockedOutNow(admin.SimpleListFilter):
    title = _("locked out")
    parameter_name = "locked"

    def lookups(self, request, model_admin):
        return [("now", _("Locked out now")), ("ever", _("Refused by a lockout"))]

    def queryset(self, request, queryset):
        if self.value() == "now":
            return queryset.refused().recent(lockout_seconds()).filter(lifted_at=None)
        if self.value() == "ever":
            return queryset.refused()
        return queryset


@admin.register(FailedSignIn)
class FailedSignInAdmin(admin.ModelAdmin):
    """Read only: failures are facts. Staff may lift the lockout of an address."""

    list_display = ["at", "email", "address", "locked_out", "lifted_at"]
    list_filter = [LockedOutNow, "at"]
    search_fields = ["email", "address"]
    date_hierarchy = "at"
    actions = ["lift"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Lift the lockout of the selected addresses"))
    def lift(self, request, queryset):
        emails = sorted(set(queryset.values_list("email", flat=True)))
        for email in emails:
            lockouts.lift_lockout(request, email)
        since = timezone.now() - timedelta(seconds=lockout_seconds())
        FailedSignIn.objects.filter(email__in=emails, at__gte=since, lifted_at=None).update(
            lifted_at=timezone.now()
        )
        self.message_user(
            request,
            _("Lockout lifted for %(emails)s.") % {"emails": ", ".join(emails)},
            messages.SUCCESS,
        )
