"""The embeddable comment section's addresses, at the site's root (not per edition: the
frame takes its language from the article)."""

from django.urls import path

from newsroom.embed import views

app_name = "embed"
urlpatterns = [
    path("embed.js", views.embed_script, name="script"),
    path("embed/comments/", views.frame, name="frame"),
    path("embed/sign-in/", views.sign_in, name="sign-in"),
    path("embed/session/", views.session, name="session"),
]
