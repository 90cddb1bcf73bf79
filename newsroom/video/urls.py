"""The video's files at stable addresses: each transcode's outputs, and the captions."""

from django.urls import path

from newsroom.video import views

urlpatterns = [
    path("<id:pk>/captions/<id:caption_pk>.vtt", views.caption, name="video-caption"),
    path("<id:pk>/<str:version>/<str:name>", views.output, name="video-output"),
]
