"""Small factories for articles: defaults filled in, created through Wagtail's own API."""

import io
import itertools
from datetime import timedelta

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from newsroom.articles.models import ArticlePage, Author, SectionPage

_counter = itertools.count(1)


def section(slug: str = "world-news", language: str = "en") -> SectionPage:
    return SectionPage.objects.get(slug=slug, locale__language_code=language)


def make_image(title: str = "A test picture", colour: str = "#2a6f97"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (640, 360), colour).save(buffer, "JPEG")
    image = get_image_model()(title=title, description=title)
    image.file = ImageFile(buffer, name=f"test-{next(_counter)}.jpg")
    image.save()
    return image


def make_author(name: str = "Ada Reporter", slug: str | None = None) -> Author:
    slug = slug or f"{name.lower().replace(' ', '-')}-{next(_counter)}"
    return Author.objects.create(name=name, slug=slug, role="Correspondent")


def make_article(
    parent: SectionPage | None = None,
    *,
    title: str | None = None,
    tags: tuple[str, ...] = (),
    authors: tuple[Author, ...] = (),
    body: list | None = None,
    with_image: bool = True,
    publish: bool = True,
    **fields,
) -> ArticlePage:
    """An article filed in `parent` (World News by default), published with a revision."""
    number = next(_counter)
    parent = parent or section()
    fields.setdefault("standfirst", f"What happened in story {number}, in one sentence.")
    # Made later means published later, as in a real newsroom; all within the last day.
    fields.setdefault(
        "published_at", timezone.now() - timedelta(days=1) + timedelta(seconds=number)
    )
    article = ArticlePage(
        title=title or f"Test story number {number}",
        slug=f"test-story-{number}",
        body=body if body is not None else [("paragraph", f"<p>Body of story {number}.</p>")],
        hero_image=make_image() if with_image else None,
        hero_caption="Crowds gather at the harbour." if with_image else "",
        hero_credit="© Test Agency / A. Photographer" if with_image else "",
        live=False,
        **fields,
    )
    parent.add_child(instance=article)
    if tags:
        article.tags.add(*tags)
    if authors:
        article.authors.set(authors)
    if publish:
        article.save_revision().publish()
        article.refresh_from_db()  # publish() saved a copy made from the revision
    return article


def make_many_articles(count: int, parent: SectionPage | None = None, image=None) -> None:
    """Many live articles quickly (no revisions): for tests about size, not workflow."""
    parent = parent or section()
    now = timezone.now()
    for _ in range(count):
        number = next(_counter)
        parent.add_child(
            instance=ArticlePage(
                title=f"Bulk story {number}",
                slug=f"bulk-story-{number}",
                standfirst="A story among many.",
                published_at=now - timedelta(minutes=number),
                body=[("paragraph", "<p>Text.</p>")],
                hero_image=image,
                is_top_story=number % 3 == 0,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
