from django.urls import include, path

from newsroom.accounts import views

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/delete/", views.delete_account, name="account-delete"),
    path("account/reply-emails-off/<str:token>/", views.reply_emails_off, name="reply-emails-off"),
    path("accounts/", include("allauth.urls")),
]
