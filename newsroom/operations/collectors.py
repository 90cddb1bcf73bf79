"""Figures read from the database when Prometheus scrapes: the moderation queue, the
task queue and newsletter rows still to send. They are the installation's, not this
machine's: with several machines on one PostgreSQL each reports the same values, so
aggregate them with max(), not sum()."""

from collections.abc import Iterator

from django.db.models import Count, Min
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from newsroom.comments.models import Comment
from newsroom.moderation.models import awaiting_moderation, reported
from newsroom.newsletters.models import Delivery, Digest


def _age(oldest) -> float:
    return max((timezone.now() - oldest).total_seconds(), 0.0) if oldest else 0.0


def moderation_queue() -> Iterator[GaugeMetricFamily]:
    size = GaugeMetricFamily(
        "newsroom_moderation_queue_size",
        "Comments waiting for a moderator: held (pending) or reported.",
        labels=["queue"],
    )
    age = GaugeMetricFamily(
        "newsroom_moderation_queue_oldest_seconds",
        "How long the longest-waiting comment of each queue has waited (0 when empty).",
        labels=["queue"],
    )
    for queue, condition in (("pending", awaiting_moderation()), ("reported", reported())):
        figures = Comment.objects.filter(condition).aggregate(
            count=Count("pk"), oldest=Min("review__queued_at")
        )
        size.add_metric([queue], figures["count"])
        age.add_metric([queue], _age(figures["oldest"]))
    yield size
    yield age


def task_queue() -> Iterator[GaugeMetricFamily]:
    depth = GaugeMetricFamily(
        "newsroom_task_queue_depth",
        "Background tasks by state (ready: waiting for a worker; running).",
        labels=["queue", "state"],
    )
    oldest = GaugeMetricFamily(
        "newsroom_task_queue_oldest_seconds",
        "How long the oldest task ready to run has waited for a worker (0 when none).",
        labels=["queue"],
    )
    waiting = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    )
    rows = waiting.values("queue_name", "status").annotate(count=Count("pk"))
    queues = {"default"}
    for row in rows:
        queues.add(row["queue_name"])
        depth.add_metric([row["queue_name"], row["status"].lower()], row["count"])
    ready = DBTaskResult.objects.ready().values("queue_name").annotate(oldest=Min("enqueued_at"))
    oldest_of = {row["queue_name"]: row["oldest"] for row in ready}
    for queue in sorted(queues):
        oldest.add_metric([queue], _age(oldest_of.get(queue)))
    yield depth
    yield oldest


def newsletter() -> Iterator[GaugeMetricFamily]:
    remaining = GaugeMetricFamily(
        "newsroom_newsletter_messages_remaining",
        "Deliveries of digests now sending that no worker has sent or given up on yet.",
    )
    remaining.add_metric(
        [],
        Delivery.objects.filter(
            digest__status=Digest.Status.SENDING, state=Delivery.State.QUEUED
        ).count(),
    )
    yield remaining


class DatabaseCollector(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield from moderation_queue()
        yield from task_queue()
        yield from newsletter()
