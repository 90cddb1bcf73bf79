from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "newsroom.comments"
    verbose_name = "Comments"
