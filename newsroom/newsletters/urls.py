from django.urls import path

from newsroom.newsletters import views

app_name = "newsletters"

urlpatterns = [
    path("newsletter/", views.signup, name="signup"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
