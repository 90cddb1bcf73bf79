"""Running the site: metrics for Prometheus, request ids and JSON logs, error reports,
backups. Above every other app, so that it may listen to all of them."""

from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "newsroom.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self) -> None:
        from newsroom.operations import listeners

        listeners.connect()
