"""The video app: the video library, transcoding, the player, shows and the live page."""

from django.apps import AppConfig


class VideoConfig(AppConfig):
    name = "newsroom.video"
    label = "video"
    verbose_name = "Video"

    def ready(self) -> None:
        from newsroom.video import signals  # noqa: F401
