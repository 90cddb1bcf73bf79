"""The podcasts app: shows, episodes, their audio files, feeds and the on-page player."""

from django.apps import AppConfig


class PodcastsConfig(AppConfig):
    name = "newsroom.podcasts"
    label = "podcasts"
    verbose_name = "Podcasts"

    def ready(self) -> None:
        from newsroom.podcasts import signals  # noqa: F401
