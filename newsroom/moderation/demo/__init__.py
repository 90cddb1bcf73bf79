"""Demo moderation work: a queue with something in every tab, made by the real pipeline
and real reports from the demo readers, so `make run` shows /moderation/ at work."""

from django.contrib.auth import get_user_model

from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment
from newsroom.moderation.actions import check_post_comment, check_report_comment
from newsroom.moderation.models import Review
from newsroom.moderation.roles import ensure_moderators_group

# Written for the demo: what a busy night brings to a moderator.
HELD = [
    "Great coverage. Also: CHEAP FLIGHTS at https://fly.example and https://fly2.example!!",
    "THE COUNCIL KNEW FOR YEARS AND DID NOTHING. NOTHING. RESIGN, ALL OF YOU, TODAY.",
    "People like that are vermin and should go back to your country.",
    "You are a pathetic idiot and a disgusting liar, shut up.",
    "Nooooooooooooooo way this is true, source???",
    "Earn from home with crypto, message me on my profile for details",
    "Anyone with half a brain knows the engineer is a moron, and so are you.",
]
REPORTED = 3  # published comments that readers report


def load_demo_moderation() -> str:
    ensure_moderators_group()
    if Review.objects.exists():
        return ""
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-published_at")
        .first()
    )
    readers = list(
        get_user_model()
        .objects.filter(email__endswith="@readers.meridian.example")
        .order_by("pk")[:12]
    )
    if article is None or len(readers) < 12:
        return ""
    for body, author in zip(HELD, readers, strict=False):
        check_post_comment(article=article, author=author, body=body, warned=True)
    published = list(
        Comment.objects.published()
        .filter(article=article, deleted_at=None)
        .order_by("pk")[:REPORTED]
    )
    reasons = ["harassment", "off_topic", "spam", "hate"]
    for index, comment in enumerate(published):
        # The first gets enough reports to be held; the others stay up, reported.
        reporters = [r for r in readers[7:] if r.pk != comment.author_id][: 3 if index == 0 else 1]
        for reporter in reporters:
            check_report_comment(comment=comment, reporter=reporter, reason=reasons[index % 4])
    waiting = Comment.objects.filter(status=Comment.Status.PENDING).count()
    return f"Moderation demo: {waiting} comments wait in /moderation/."
