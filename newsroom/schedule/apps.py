"""The schedule app: each edition's broadcast schedule, its pages, feed and imports."""

from django.apps import AppConfig


class ScheduleConfig(AppConfig):
    name = "newsroom.schedule"
    label = "schedule"
    verbose_name = "Schedule"

    def ready(self) -> None:
        from newsroom.schedule import signals  # noqa: F401
