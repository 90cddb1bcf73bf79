"""/metrics: every process's counts on this machine, and the database's figures."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from newsroom.operations.access import may_read_metrics
from newsroom.operations.collectors import DatabaseCollector


@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    if not may_read_metrics(request):
        return HttpResponse(
            "Metrics need the metrics token (METRICS_TOKEN) or an allowed address"
            " (METRICS_ALLOWED_ADDRESSES).\n",
            status=403,
            content_type="text/plain",
        )
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(settings.METRICS_DIR))
    registry.register(DatabaseCollector())
    response = HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
    response["Cache-Control"] = "no-store"
    return response
