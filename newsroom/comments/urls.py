from django.urls import path

from newsroom.comments import views

app_name = "comments"

urlpatterns = [
    path("comments/<id:article_id>/", views.thread, name="thread"),
    path("comments/<id:article_id>/post/", views.post, name="post"),
    path("comments/<id:article_id>/events/", views.live_events, name="events"),
    path("comments/<id:article_id>/section/", views.section_for_reader, name="section"),
    path(
        "comments/<id:article_id>/section/shared/",
        views.section_for_any_reader,
        name="shared_section",
    ),
    path("comments/<id:article_id>/mine/", views.reader_parts, name="reader_parts"),
    path("comments/c/<id:comment_id>/reply/", views.reply_form, name="reply"),
    path("comments/c/<id:comment_id>/edit/", views.edit, name="edit"),
    path("comments/c/<id:comment_id>/delete/", views.delete, name="delete"),
    path("comments/c/<id:comment_id>/vote/", views.vote, name="vote"),
    path("comments/c/<id:comment_id>/report/", views.report, name="report"),
    path("comments/c/<id:comment_id>/replies/", views.replies, name="replies"),
    path("comments/c/<id:comment_id>/thread/", views.continue_thread, name="continue"),
]
