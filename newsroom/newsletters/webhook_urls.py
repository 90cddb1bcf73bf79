"""Machine endpoints, outside the language editions: /newsletters/…"""

from django.urls import path

from newsroom.newsletters import views

urlpatterns = [
    path("bounces", views.bounce_webhook, name="newsletter-bounces"),
]
