from django.urls import include, path

from newsroom.accounts import signup, views

urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/delete/", views.delete_account, name="account-delete"),
    path("account/reply-emails-off/<str:token>/", views.reply_emails_off, name="reply-emails-off"),
    # Before allauth's own: the same name, a signup that does not tell who is registered.
    path("accounts/signup/", signup.signup, name="account_signup"),
    path("accounts/", include("allauth.urls")),
]
