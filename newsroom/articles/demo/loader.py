"""Build the demo newsroom from the story files in stories/ (see stories/FORMAT.md)."""

import json
from datetime import timedelta
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale

from newsroom.articles.demo.pictures import picture
from newsroom.articles.models import ArticlePage, Author, SectionPage

STORIES_DIR = Path(__file__).parent / "stories"

AUTHORS = {
    "amira-haddad": ("Amira Haddad", "Middle East correspondent", "Amira Haddad reports on water, energy and diplomacy across the Middle East and North Africa."),
    "daniel-okafor": ("Daniel Okafor", "Africa editor", "Daniel Okafor leads the Africa desk and writes about trade, elections and cities."),
    "elena-marchetti": ("Elena Marchetti", "Business reporter", "Elena Marchetti covers markets, shipping and the economics of the energy transition."),
    "tomas-vidal": ("Tomás Vidal", "Features writer", "Tomás Vidal writes long-form features and edits the Spanish edition's weekend pages."),
    "priya-raman": ("Priya Raman", "South Asia correspondent", "Priya Raman reports on politics, technology and climate in South Asia."),
    "katya-sorokina": ("Katya Sorokina", "Eurasia correspondent", "Katya Sorokina covers Russia, the Caucasus and Central Asia."),
    "jonas-weber": ("Jonas Weber", "Analysis editor", "Jonas Weber edits the analysis section and writes about security and alliances."),
    "leila-benali": ("Leila Benali", "Culture editor", "Leila Benali covers film, music and festivals, and the people behind them."),
}  # fmt: skip

BREAKING_FOR = timedelta(days=14)


def story_files() -> list[dict]:
    return [json.loads(path.read_text()) for path in sorted(STORIES_DIR.glob("*.json"))]


def demo_is_loaded() -> bool:
    return ArticlePage.objects.exists()


@transaction.atomic
def load_demo(stdout=None) -> int:
    """Create authors, pictures and articles; returns the number of articles made."""
    # Times are anchored to the current hour so that "published 3 hours ago" stays true
    # whenever the demo is built, while every run builds the same stories in the same order.
    anchor = timezone.now().replace(minute=0, second=0, microsecond=0)
    authors = {
        slug: Author.objects.get_or_create(slug=slug, defaults={"name": n, "role": r, "bio": b})[0]
        for slug, (n, r, b) in AUTHORS.items()
    }
    created: dict[str, ArticlePage] = {}
    pending_bodies = []
    for story_file in story_files():
        locale = Locale.objects.get(language_code=story_file["language"])
        sections = {s.slug: s for s in SectionPage.objects.filter(locale=locale)}
        for story in story_file["articles"]:
            article = _create_article(story, sections[story["section"]], authors, anchor)
            created[story["slug"]] = article
            pending_bodies.append((article, story))
            if stdout:
                stdout.write(f"  {story_file['language']}  {story['headline']}")
    # Bodies go in once every article exists, so "Read more" links can point anywhere.
    for article, story in pending_bodies:
        article.body = [_block(block, created) for block in story["body"]]
        article.save_revision().publish()
    return len(created)


def _create_article(story: dict, section: SectionPage, authors: dict, anchor) -> ArticlePage:
    published_at = anchor - timedelta(hours=story["hours_ago"])
    article = ArticlePage(
        title=story["headline"],
        slug=story["slug"],
        standfirst=story["standfirst"],
        published_at=published_at,
        label="" if story["label"] == "none" else story["label"],
        hero_image=_hero_image(story),
        hero_caption=story["hero_caption"],
        hero_credit=story["hero_credit"],
        is_top_story=story["top_story"],
        is_breaking=story["breaking"],
        breaking_until=anchor + BREAKING_FOR if story["breaking"] else None,
        body=[],
        live=False,
    )
    section.add_child(instance=article)
    article.tags.add(*story["tags"])
    article.authors.set([authors[slug] for slug in story["authors"]])
    return article


def _hero_image(story: dict):
    image_model = get_image_model()
    title = story["hero_caption"][:250]
    filename = f"{story['slug']}.jpg"
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    image = image_model(title=title, description=story["hero_caption"][:250])
    image.file = ImageFile(BytesIO(picture(story["slug"])), name=filename)
    image.save()
    return image


def _block(block: dict, created: dict) -> tuple:
    kind = block["type"]
    if kind == "paragraph":
        return ("paragraph", f"<p>{escape(block['text'])}</p>")
    if kind == "quote":
        return ("quote", {"text": block["text"], "attribution": block.get("attribution", "")})
    if kind == "read_more":
        return ("read_more", {"article": created[block["slug"]]})
    raise ValueError(f"unknown demo block type {kind!r}")
