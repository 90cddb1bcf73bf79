"""The demo newsroom: what `make run` shows a newcomer."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from newsroom.articles.demo.loader import story_files
from newsroom.articles.demo.pictures import picture
from newsroom.articles.models import ArticlePage, Author, SectionPage

pytestmark = pytest.mark.django_db


def test_it_builds_a_realistic_newsroom_and_keeps_it_on_a_second_run(client, editions):
    call_command("load_demo", verbosity=0)

    assert ArticlePage.objects.live().count() >= 60
    assert SectionPage.objects.filter(locale__language_code="en").count() >= 8
    per_edition = dict(
        ArticlePage.objects.order_by().values_list("locale__language_code").annotate(n=Count("id"))
    )
    assert {"en", "ar", "es"} <= set(per_edition)
    assert Author.objects.count() >= 8
    assert not ArticlePage.objects.filter(hero_image__isnull=True).exists()
    assert ArticlePage.objects.exclude(label="").exists()
    assert ArticlePage.objects.filter(tagged_items__isnull=False).distinct().count() >= 60
    assert ArticlePage.objects.live().breaking_now().count() == 1
    for page in ArticlePage.objects.live().order_by("?")[:10]:
        assert client.get(page.url).status_code == 200, page.url

    story = ArticlePage.objects.first()
    story.title = "Edited by an editor"
    story.save_revision().publish()
    call_command("load_demo", verbosity=0)
    assert ArticlePage.objects.filter(title="Edited by an editor").exists()
    assert ArticlePage.objects.count() == sum(per_edition.values())


def test_the_stories_and_pictures_are_the_same_on_every_build():
    stories = [story for file in story_files() for story in file["articles"]]
    assert len({story["slug"] for story in stories}) == len(stories) >= 60
    assert picture("en1-some-story") == picture("en1-some-story")
    assert picture("en1-some-story") != picture("en1-other-story")
