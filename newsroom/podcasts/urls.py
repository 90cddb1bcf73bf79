"""Audio files at stable addresses that answer byte-range requests."""

from django.urls import path

from newsroom.podcasts import views

urlpatterns = [
    path("<id:pk>/<str:filename>", views.audio_file, name="podcast-audio"),
]
