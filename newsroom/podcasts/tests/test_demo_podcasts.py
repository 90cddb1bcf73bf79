"""The demo podcast: a show with synthesised episodes in every edition, built once."""

import pytest

from newsroom.articles.editions import language_codes
from newsroom.podcasts.demo import load_demo_podcasts
from newsroom.podcasts.models import AudioFile, EpisodePage, PodcastIndexPage, ShowPage

pytestmark = pytest.mark.django_db


def test_the_demo_builds_a_show_with_playable_episodes_in_every_edition(editions):
    message = load_demo_podcasts()

    assert "1 show, 3 episodes" in message
    for language in language_codes():
        index = PodcastIndexPage.objects.get(locale__language_code=language, live=True)
        show = ShowPage.objects.live().child_of(index).get()
        assert show.episodes().count() == 3
    assert AudioFile.objects.count() == 3
    for audio in AudioFile.objects.all():
        assert audio.mime_type == "audio/mpeg"
        assert 25 <= audio.duration_seconds <= 50
        assert 0 < audio.size_bytes < 400_000  # small enough for a laptop's demo
    titles = set(
        EpisodePage.objects.filter(locale__language_code="ru").values_list("title", flat=True)
    )
    assert "Порт снова открыт" in titles


def test_running_it_again_changes_nothing(editions):
    load_demo_podcasts()
    pages = EpisodePage.objects.count()
    assert "left as it is" in load_demo_podcasts()
    assert EpisodePage.objects.count() == pages
    assert PodcastIndexPage.objects.count() == len(language_codes())
