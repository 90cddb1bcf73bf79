"""The account page's API-token forms (under each edition's prefix, like the account page)."""

from django.urls import path

from newsroom.api import views

urlpatterns = [
    path("account/api-tokens/", views.create_token, name="api-token-create"),
    path("account/api-tokens/<id:token_id>/revoke/", views.revoke_token, name="api-token-revoke"),
]
