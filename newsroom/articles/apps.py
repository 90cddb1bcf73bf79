"""The articles app: home, section and article pages, authors and tags."""

from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "newsroom.articles"
    label = "articles"
    verbose_name = "Articles"

    def ready(self) -> None:
        from newsroom.articles import signals  # noqa: F401
