from django.urls import path

from newsroom.moderation import views

app_name = "moderation"
urlpatterns = [
    path("", views.queue_page, name="queue"),
    path("updates/", views.queue_updates, name="updates"),
    path(
        "comments/<id:comment_id>/<str:decision>/",
        views.decide,
        name="decide",
    ),
    path("bulk/", views.bulk, name="bulk"),
    path("readers/<id:user_id>/", views.reader_page, name="reader"),
    path("readers/<id:user_id>/<str:action>/", views.reader_action, name="reader-action"),
    path("log/", views.audit_log, name="log"),
    path("dashboard/", views.dashboard_page, name="dashboard"),
]
