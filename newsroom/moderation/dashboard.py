"""The moderation dashboard: figures over the last seven days, drawn as SVG on the server
(no chart library, no script), each with its numbers in a table for screen readers."""

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncDate, TruncHour
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsroom.comments.models import Comment, Report
from newsroom.moderation.models import Outcome, Review, awaiting_moderation

DAYS = 7


@dataclass
class Chart:
    title: str
    summary: str
    svg: SafeString
    rows: list[tuple[str, str]]  # the figures, for the table beside the chart

    def __post_init__(self) -> None:
        # A picture needs a name for screen readers (axe's svg-img-alt): the chart's
        # title, with its summary; the figures themselves are in the table beside it.
        name = escape(f"{self.title}. {self.summary}")
        self.svg = mark_safe(self.svg.replace('role="img"', f'role="img" aria-label="{name}"', 1))  # noqa: S308 - escaped


def _days(now):
    today = timezone.localdate(now)
    return [today - timedelta(days=back) for back in range(DAYS - 1, -1, -1)]


def _bars(
    values: list[float],
    labels: list[str],
    *,
    height=160,
    bar_gap=2,
    colour="#16324f",
    stacks: list[list[float]] | None = None,
    colours: list[str] | None = None,
    label_every: int = 1,
    unit: str = "",
) -> SafeString:
    """Vertical bars (optionally stacked), with a y-axis maximum and x labels."""
    width, left, bottom, top = 640, 40, 24, 10
    count = max(len(labels), 1)
    slot = (width - left) / count
    series = stacks if stacks is not None else [values]
    totals = [sum(column) for column in zip(*series, strict=True)] if series else []
    peak = max(totals + [1e-9])
    scale = (height - bottom - top) / peak
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img" class="chart" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
        'class="axis"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" class="tick">'
        f"{escape(_fmt(peak))}{escape(unit)}</text>",
        f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end" class="tick">0</text>',
    ]
    palette = colours or [colour]
    for index, label in enumerate(labels):
        x = left + index * slot + bar_gap / 2
        y = height - bottom
        for layer, column in enumerate(series):
            value = column[index]
            bar = value * scale
            y -= bar
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(slot - bar_gap, 1):.1f}" '
                f'height="{bar:.1f}" fill="{palette[layer % len(palette)]}">'
                f"<title>{escape(label)}: {escape(_fmt(value))}{escape(unit)}</title></rect>"
            )
        if index % label_every == 0:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{height - 8}" text-anchor="middle" '
                f'class="tick">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text is escaped above


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 or value >= 10 else f"{value:.1f}"


def charts(now=None) -> list[Chart]:
    now = now or timezone.now()
    days = _days(now)
    since = timezone.make_aware(datetime.combine(days[0], datetime.min.time()))
    labels = [day.strftime("%a %d") for day in days]
    return [
        _queue_size(now, days, labels),
        _time_to_decision(since, days, labels),
        _comments_per_hour(now),
        _automatic_share(since, days, labels),
        _reports_by_reason(since),
    ]


def _queue_size(now, days, labels) -> Chart:
    waiting = Q(outcome=Outcome.HELD) | Q(report_count__gt=0)
    ends = []
    for day in days:
        end = timezone.make_aware(datetime.combine(day + timedelta(days=1), datetime.min.time()))
        ends.append(min(end, now))
    aggregates = {
        f"d{index}": Count(
            "pk",
            filter=waiting
            & Q(queued_at__lte=end)
            & (Q(decided_at__isnull=True) | Q(decided_at__gt=end)),
        )
        for index, end in enumerate(ends)
    }
    counts = Review.objects.aggregate(**aggregates)
    values = [counts[f"d{index}"] for index in range(len(days))]
    current = Comment.objects.filter(awaiting_moderation()).count()
    return Chart(
        _("Queue size"),
        ngettext(
            "%(count)d comment waits for a moderator now.",
            "%(count)d comments wait for a moderator now.",
            current,
        )
        % {"count": current},
        _bars(values, labels),
        list(zip(labels, map(str, values), strict=True)),
    )


def _time_to_decision(since, days, labels) -> Chart:
    decided = Review.objects.filter(decided_at__gte=since).values_list("queued_at", "decided_at")
    per_day: dict = {day: [] for day in days}
    for queued, decided_at in decided:
        if decided_at is None:
            continue
        day = timezone.localdate(decided_at)
        if day in per_day:
            per_day[day].append(max((decided_at - queued).total_seconds() / 60, 0))
    values = [statistics.median(per_day[day]) if per_day[day] else 0 for day in days]
    everything = [minutes for day in days for minutes in per_day[day]]
    overall = statistics.median(everything) if everything else None
    summary = (
        _("Median over the week: %(minutes)s minutes.") % {"minutes": _fmt(overall)}
        if overall is not None
        else _("No decisions this week.")
    )
    return Chart(
        _("Median time to a decision (minutes)"),
        summary,
        _bars(values, labels, colour="#2a7d4f", unit=" min"),
        [(label, _fmt(value)) for label, value in zip(labels, values, strict=True)],
    )


def _comments_per_hour(now) -> Chart:
    start = (now - timedelta(hours=DAYS * 24 - 1)).replace(minute=0, second=0, microsecond=0)
    rows = (
        Comment.objects.filter(created_at__gte=start)
        .annotate(hour=TruncHour("created_at"))
        .values("hour")
        .annotate(n=Count("pk"))
    )
    by_hour = {timezone.localtime(row["hour"]).replace(minute=0): row["n"] for row in rows}
    hours = [
        timezone.localtime(start + timedelta(hours=h)).replace(minute=0) for h in range(DAYS * 24)
    ]
    values = [by_hour.get(hour, 0) for hour in hours]
    labels = [hour.strftime("%a %Hh") for hour in hours]
    return Chart(
        _("Comments per hour"),
        _("%(count)d comments in the last seven days; busiest hour: %(peak)d.")
        % {"count": sum(values), "peak": max(values or [0])},
        _bars(values, labels, bar_gap=0.5, colour="#4a6fa5", label_every=24),
        [(label, str(value)) for label, value in zip(labels, values, strict=True) if value],
    )


def _automatic_share(since, days, labels) -> Chart:
    rows = (
        Review.objects.filter(comment__created_at__gte=since)
        .annotate(day=TruncDate("comment__created_at"))
        .values("day", "outcome")
        .annotate(n=Count("pk"))
    )
    counts = {(row["day"], row["outcome"]): row["n"] for row in rows}
    held, rejected, published = [], [], []
    for day in days:
        total = sum(counts.get((day, outcome), 0) for outcome in Outcome)
        shares = {
            outcome: 100 * counts.get((day, outcome), 0) / total if total else 0
            for outcome in Outcome
        }
        held.append(shares[Outcome.HELD])
        rejected.append(shares[Outcome.REJECTED])
        published.append(shares[Outcome.APPROVED])
    return Chart(
        # xgettext:no-python-format
        _("Held and rejected automatically (% of comments)"),
        _("Red: rejected by a check. Amber: held for a moderator. Grey: published."),
        _bars(
            [],
            labels,
            stacks=[rejected, held, published],
            colours=["#b3261e", "#c08a00", "#d0d0d0"],
            unit="%",
        ),
        [
            (label, f"{r:.0f}% / {h:.0f}%")
            for label, r, h in zip(labels, rejected, held, strict=True)
        ],
    )


def _reports_by_reason(since) -> Chart:
    rows = dict(
        Report.objects.filter(created_at__gte=since)
        .values_list("reason")
        .annotate(n=Count("pk"))
        .values_list("reason", "n")
    )
    labels = [str(label) for _value, label in Report.Reason.choices]
    values = [rows.get(value, 0) for value, _label in Report.Reason.choices]
    return Chart(
        _("Reports by reason"),
        _("%(count)d reports in the last seven days.") % {"count": sum(values)},
        _bars(values, labels, colour="#7a3e9d"),
        list(zip(labels, map(str, values), strict=True)),
    )


# --- how well screening agrees with the moderators, per language -----------------------

ACCURACY_DAYS = 30


@dataclass
class LanguageAccuracy:
    language: str
    decisions: int
    rejected: int
    screening_precision: float | None  # of what screening stopped, the share rejected
    screening_recall: float | None  # of what moderators rejected, the share screening stopped
    model_precision: float | None
    model_recall: float | None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def accuracy_by_language(now=None) -> list[LanguageAccuracy]:
    """Screening (any check that held or rejected) and the toxicity model alone, judged
    by the moderators' decisions of the last 30 days: a comment a moderator rejected
    should have been stopped, one they approved should not."""
    from newsroom.moderation.languages import LANGUAGES
    from newsroom.moderation.models import ModerationSettings

    now = now or timezone.now()
    threshold = ModerationSettings.current().toxicity_hold
    stopped = Q(outcome__in=[Outcome.HELD, Outcome.REJECTED])
    flagged = Q(toxicity__gte=threshold)
    rejected = Q(decision=Outcome.REJECTED)
    rows = (
        Review.objects.filter(
            decided_by__isnull=False,
            decision__in=[Outcome.APPROVED, Outcome.REJECTED],
            decided_at__gte=now - timedelta(days=ACCURACY_DAYS),
        )
        .values("comment__article__locale__language_code")
        .annotate(
            decisions=Count("pk"),
            rejected=Count("pk", filter=rejected),
            stopped=Count("pk", filter=stopped),
            stopped_rejected=Count("pk", filter=stopped & rejected),
            flagged=Count("pk", filter=flagged),
            flagged_rejected=Count("pk", filter=flagged & rejected),
        )
    )
    by_language = {row["comment__article__locale__language_code"]: row for row in rows}
    figures = []
    for code in LANGUAGES:
        row = by_language.get(code)
        if row is None:
            figures.append(LanguageAccuracy(code, 0, 0, None, None, None, None))
            continue
        figures.append(
            LanguageAccuracy(
                code,
                row["decisions"],
                row["rejected"],
                _share(row["stopped_rejected"], row["stopped"]),
                _share(row["stopped_rejected"], row["rejected"]),
                _share(row["flagged_rejected"], row["flagged"]),
                _share(row["flagged_rejected"], row["rejected"]),
            )
        )
    return figures
