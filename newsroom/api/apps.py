from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "newsroom.api"
    verbose_name = "JSON API"
