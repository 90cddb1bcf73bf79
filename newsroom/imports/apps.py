from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "newsroom.imports"
    verbose_name = "Comment imports and exports"

    def ready(self):
        from newsroom.imports import receivers  # noqa: F401
