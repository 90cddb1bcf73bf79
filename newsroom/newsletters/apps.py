from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "newsroom.newsletters"
    verbose_name = "Newsletters"
