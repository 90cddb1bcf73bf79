from django.apps import AppConfig


class EmbedConfig(AppConfig):
    name = "newsroom.embed"
    verbose_name = "Embedded comments"
