from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "newsroom.accounts"
    verbose_name = "Reader accounts"

    def ready(self):
        from newsroom.accounts import signals  # noqa: F401
