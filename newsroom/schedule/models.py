"""The broadcast schedule: what each edition's channel airs when, and its page.

Times are stored in UTC; each edition's day and clock come from its time zone
(EDITION_TIME_ZONES, else TIME_ZONE), so a day across a daylight-saving change has
its 23 or 25 hours.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from newsroom.articles.editions import edition_time_zone
from newsroom.articles.models import NewsPageMixin

DAYS_SHOWN = 7  # the day-by-day view offers a week from today
FEED_DAYS = (1, 14)  # the iCalendar feed: from a day ago to a fortnight ahead


class BroadcastQuerySet(models.QuerySet):
    def in_edition(self, language: str) -> "BroadcastQuerySet":
        return self.filter(locale__language_code=language)

    def on_at(self, moment: datetime) -> "BroadcastQuerySet":
        return self.filter(starts_at__lte=moment, ends_at__gt=moment)

    def starting_after(self, moment: datetime) -> "BroadcastQuerySet":
        return self.filter(starts_at__gt=moment).order_by("starts_at")

    def between(self, start: datetime, end: datetime) -> "BroadcastQuerySet":
        return self.filter(starts_at__gte=start, starts_at__lt=end).order_by("starts_at")


class Broadcast(models.Model):
    """One programme on one edition's channel, from a start to an end."""

    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("edition"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    show = models.ForeignKey(
        "video.TVShowPage",
        verbose_name=_("show"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    objects = BroadcastQuerySet.as_manager()

    panels = [
        FieldPanel("locale"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("show"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("broadcast")
        verbose_name_plural = _("broadcasts")
        constraints = [
            models.UniqueConstraint(fields=["locale", "starts_at"], name="one_broadcast_per_start")
        ]
        indexes = [models.Index(fields=["locale", "starts_at"], name="broadcast_starts")]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_at:%Y-%m-%d %H:%M} UTC)"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A programme must end after it starts.")})

    def zone(self) -> ZoneInfo:
        return edition_time_zone(self.locale.language_code)

    def local_start(self) -> datetime:
        return self.starts_at.astimezone(self.zone())

    def local_end(self) -> datetime:
        return self.ends_at.astimezone(self.zone())

    def uid(self) -> str:
        return f"broadcast-{self.pk}@{settings.SITE_URL.split('://', 1)[-1]}"


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day begins and the next one begins."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start.astimezone(ZoneInfo("UTC")), end.astimezone(ZoneInfo("UTC"))


class NowAndNext:
    """What is on an edition's channel at a moment, and what comes after it."""

    def __init__(self, language: str, moment: datetime | None = None):
        moment = moment or timezone.now()
        broadcasts = Broadcast.objects.in_edition(language).select_related("locale", "show")
        self.on_now = broadcasts.on_at(moment).order_by("-starts_at").first()
        self.next = broadcasts.starting_after(moment).first()


class SchedulePage(NewsPageMixin, RoutablePageMixin, Page):
    """The schedule of one edition (/en/schedule/): on now, next, and day by day."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["articles.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("schedule page")

    def shared_cache_seconds(self) -> int:
        # A cached copy must not outlive what it says is on now: keep it until the next
        # programme starts or the current one ends, whichever comes first.
        longest = super().shared_cache_seconds()
        now = timezone.now()
        current = NowAndNext(self._language(), now)
        changes = [b.ends_at for b in (current.on_now,) if b] + [
            b.starts_at for b in (current.next,) if b
        ]
        if not changes:
            return longest
        return max(0, min(longest, int((min(changes) - now).total_seconds())))

    def _language(self) -> str:
        return self.locale.language_code

    def _render_day(self, request, day: date):
        zone = edition_time_zone(self._language())
        today = timezone.now().astimezone(zone).date()
        start, end = day_bounds(day, zone)
        broadcasts = (
            Broadcast.objects.in_edition(self._language())
            .between(start, end)
            .select_related("show")
        )
        context = {
            "day": day,
            "today": today,
            "zone": zone,
            "broadcasts": [
                (b, b.starts_at.astimezone(zone), b.ends_at.astimezone(zone)) for b in broadcasts
            ],
            "days": [today + timedelta(days=n) for n in range(DAYS_SHOWN)],
            "previous_day": day - timedelta(days=1),
            "next_day": day + timedelta(days=1),
            "now_and_next": NowAndNext(self._language()),
        }
        return self.render(request, context_overrides=context)

    @path("", name="today")
    def today(self, request):
        zone = edition_time_zone(self._language())
        return self._render_day(request, timezone.now().astimezone(zone).date())

    @re_path(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})/$", name="day")
    def day(self, request, day: str):
        try:
            chosen = date.fromisoformat(day)
        except ValueError:
            raise Http404 from None
        return self._render_day(request, chosen)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from newsroom.schedule.calendar_feed import schedule_calendar

        now = timezone.now()
        broadcasts = (
            Broadcast.objects.in_edition(self._language())
            .between(now - timedelta(days=FEED_DAYS[0]), now + timedelta(days=FEED_DAYS[1]))
            .select_related("locale", "show")
        )
        body = schedule_calendar(self, broadcasts, now)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="schedule.ics"'
        return response

    def day_url(self, day: date) -> str:
        return self.url + self.reverse_subpage("day", args=[day.isoformat()])

    def calendar_url(self) -> str:
        return self.url + self.reverse_subpage("calendar")
