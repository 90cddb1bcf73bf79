"""Demo comment threads: readers, replies and votes under the demo articles, written for
this project (voices.json), and one story with a very busy thread.

Deterministic: the same articles always get the same threads. Rows are written in bulk
(a 2,000-comment thread through the actions would take minutes), with every counter
computed here exactly as the actions keep it.
"""

import json
import random
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from newsroom.accounts.models import Profile
from newsroom.articles.models import ArticlePage
from newsroom.comments import markdown
from newsroom.comments.models import Comment, Discussion, Vote

VOICES = Path(__file__).resolve().parent / "voices.json"
BUSY_THREAD_COMMENTS = 2400
DEMO_EMAIL_DOMAIN = "readers.meridian.example"


POLICY = {
    "en": (
        "Commenting policy",
        "<p>Our comment section is for registered readers who want to discuss the news with "
        "each other and with us. Disagreement is welcome; abuse is not.</p>"
        "<h2>What we remove</h2><ul><li>Threats, harassment and personal attacks</li>"
        "<li>Hate speech against any group</li><li>Sexual content and spam</li>"
        "<li>Other people's private information</li></ul>"
        "<h2>How we moderate</h2><p>Comments are screened automatically and by our moderators. "
        "A held comment is visible only to its author until a moderator has looked at it. "
        "Repeated breaches lead to a suspension or a ban.</p>",
    ),
    "ar": (
        "سياسة التعليقات",
        "<p>قسم التعليقات مخصص للقراء المسجلين الذين يريدون مناقشة الأخبار فيما بينهم ومعنا. "
        "الاختلاف في الرأي مرحب به، أما الإساءة فلا.</p><h2>ما نحذفه</h2><ul>"
        "<li>التهديد والتحرش والهجوم الشخصي</li><li>خطاب الكراهية ضد أي جماعة</li>"
        "<li>المحتوى الجنسي والرسائل المزعجة</li></ul>",
    ),
    "es": (
        "Normas de participación",
        "<p>Los comentarios son para lectores registrados que quieren debatir las noticias "
        "entre sí y con nosotros. El desacuerdo es bienvenido; el abuso, no.</p>"
        "<h2>Qué eliminamos</h2><ul><li>Amenazas, acoso y ataques personales</li>"
        "<li>Discurso de odio contra cualquier grupo</li><li>Contenido sexual y spam</li></ul>",
    ),
}


def _policy_pages() -> None:
    from newsroom.articles.models import HomePage, InfoPage
    from newsroom.comments.section import POLICY_SLUG

    for home in HomePage.objects.select_related("locale"):
        if InfoPage.objects.child_of(home).filter(slug=POLICY_SLUG).exists():
            continue
        title, body = POLICY.get(home.locale.language_code, POLICY["en"])
        page = InfoPage(title=title, slug=POLICY_SLUG, body=body, locale=home.locale)
        home.add_child(instance=page)
        page.save_revision().publish()


def load_demo_comments() -> str:
    _policy_pages()
    if Comment.objects.exists():
        return "Comments exist already; demo threads left as they are."
    voices = json.loads(VOICES.read_text())
    articles = list(
        ArticlePage.objects.live().select_related("locale").order_by("published_at", "pk")
    )
    if not articles:
        return ""
    with transaction.atomic():
        readers = _readers(voices["readers"])
        busy = _busiest(articles)
        total = 0
        for article in articles:
            lines = voices.get(article.locale.language_code) or voices["en"]
            size = BUSY_THREAD_COMMENTS if article.pk == busy.pk else None
            total += _thread(article, readers, lines, size)
    return f"Demo comment threads built: {total} comments; the busiest is on “{busy.title}”."


def _readers(names: list[str]) -> list:
    User = get_user_model()
    users = [
        User(
            username=f"demo-reader-{i}",
            email=f"reader{i}@{DEMO_EMAIL_DOMAIN}",
            password="!",  # noqa: S106 - an unusable password: demo readers never sign in
        )
        for i in range(len(names))
    ]
    User.objects.bulk_create(users, ignore_conflicts=True)
    users = list(User.objects.filter(email__endswith=DEMO_EMAIL_DOMAIN).order_by("username"))
    by_name = dict(zip(sorted(f"demo-reader-{i}" for i in range(len(names))), names, strict=True))
    profiles = [
        Profile(user=user, display_name=by_name[user.username], email_verified=True)
        for user in users
    ]
    Profile.objects.bulk_create(profiles, ignore_conflicts=True)
    return users


def _busiest(articles: list[ArticlePage]) -> ArticlePage:
    english = [a for a in articles if a.locale.language_code == "en"]
    live_breaking = [a for a in english if a.is_breaking]
    return (live_breaking or [a for a in english if a.is_top_story] or english or articles)[-1]


def _thread(article, readers, lines, size: int | None) -> int:
    rng = random.Random(f"comments:{article.slug}")  # noqa: S311 - demo data, not security
    count = size or rng.choice([0, 3, 5, 8, 12, 15, 20, 26])
    if count == 0:
        return 0
    now = timezone.now()
    start = min(article.published_at, now - timedelta(hours=1))
    span = max((now - start).total_seconds(), 3600)
    made: list[Comment] = []
    # Each comment's parent, by identity: a parent has no id until it is saved.
    parents: dict[int, Comment | None] = {}
    for _ in range(count):
        parent = None
        if made and rng.random() < 0.55:
            # Replies favour recent comments and already-lively threads, as readers do.
            parent = made[-rng.randint(1, min(len(made), 40))]
        created = parent.created_at if parent else start
        created += timedelta(seconds=rng.uniform(30, max(60, span / count * 2)))
        created = min(created, now - timedelta(seconds=rng.randint(5, 600)))
        text = rng.choice(lines["replies"] if parent else lines["comments"])
        made.append(
            Comment(
                article=article,
                depth=parent.depth + 1 if parent else 0,
                author=rng.choice(readers),
                body=text,
                body_html=markdown.render(text),
                created_at=created,
                last_activity_at=created,
            )
        )
        parents[id(made[-1])] = parent
    _save_in_order(made, parents)
    votes = _votes(made, readers, rng)
    _count(article, made, votes)
    return len(made)


def _save_in_order(made: list[Comment], parents: dict[int, Comment | None]) -> None:
    # Parents first, so that every reply can point at a saved parent (and its root).
    for depth in range(max(c.depth for c in made) + 1):
        level = [c for c in made if c.depth == depth]
        for comment in level:
            parent = parents[id(comment)]
            if parent is not None:
                comment.parent_id = parent.pk
                comment.root_id = parent.root_id or parent.pk
        Comment.objects.bulk_create(level, batch_size=500)


def _votes(made, readers, rng) -> list[Vote]:
    votes = []
    for comment in made:
        voters = rng.sample(readers, k=min(len(readers), int(rng.paretovariate(1.6)) - 1))
        for voter in voters:
            if voter.pk != comment.author_id:
                value = 1 if rng.random() < 0.75 else -1
                votes.append(Vote(comment=comment, user=voter, value=value))
    Vote.objects.bulk_create(votes, batch_size=1000)
    return votes


def _count(article, made, votes) -> None:
    by_id = {c.pk: c for c in made}
    for vote in votes:
        comment = by_id[vote.comment_id]
        if vote.value > 0:
            comment.upvotes += 1
        else:
            comment.downvotes += 1
        comment.score += vote.value
    for comment in made:
        if comment.parent_id:
            by_id[comment.parent_id].reply_count += 1
            root = by_id[comment.root_id]
            root.last_activity_at = max(root.last_activity_at, comment.created_at)
    Comment.objects.bulk_update(
        made,
        ["upvotes", "downvotes", "score", "reply_count", "last_activity_at"],
        batch_size=500,
    )
    Discussion.objects.update_or_create(
        article=article,
        defaults={
            "comment_count": len(made),
            "last_comment_at": max(c.created_at for c in made),
        },
    )
