from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ModerationConfig(AppConfig):
    name = "newsroom.moderation"
    verbose_name = "Moderation"

    def ready(self):
        from newsroom.moderation import receivers, roles

        receivers.connect()
        post_migrate.connect(roles.after_migrate, sender=self)
