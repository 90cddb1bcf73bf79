"""The site shell: settings helpers, base templates, page cache, robots and errors."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "newsroom.core"
    label = "core"
    verbose_name = "Site shell"
