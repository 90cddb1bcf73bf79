"""The site shell: settings helpers, base templates, page cache, robots and errors."""

from django.apps import AppConfig
from django.urls import register_converter


class CoreConfig(AppConfig):
    name = "newsroom.core"
    label = "core"
    verbose_name = "Site shell"

    def ready(self) -> None:
        from newsroom.core.numbers import DatabaseIdConverter

        # Once, before any URL conf is read: every pattern that takes an id uses <id:…>.
        register_converter(DatabaseIdConverter, "id")
