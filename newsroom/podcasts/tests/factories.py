"""Small factories for podcasts: real MP3s synthesised here, pages made through Wagtail."""

import itertools
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from newsroom.articles.tests.factories import make_image
from newsroom.podcasts.demo.tones import episode_audio
from newsroom.podcasts.models import AudioFile, EpisodePage, PodcastIndexPage, ShowPage
from newsroom.podcasts.setup import ensure_podcast_pages

_counter = itertools.count(1)


def mp3_bytes(seconds: float = 3.0, seed: int = 1) -> bytes:
    return episode_audio(seed, seconds)


def make_audio(seconds: float = 3.0, title: str = "Test audio") -> AudioFile:
    number = next(_counter)
    audio = AudioFile(title=title)
    audio.file.save(f"test-audio-{number}.mp3", ContentFile(mp3_bytes(seconds, number)), save=False)
    audio.save()
    return audio


def podcasts_page(language: str = "en") -> PodcastIndexPage:
    ensure_podcast_pages()
    return PodcastIndexPage.objects.get(locale__language_code=language)


def make_show(language: str = "en", *, title: str | None = None, **fields) -> ShowPage:
    number = next(_counter)
    fields.setdefault("description", f"Show {number}: the news, spoken.")
    fields.setdefault("author", "Meridian News")
    fields.setdefault("owner_name", "Podcasts desk")
    fields.setdefault("owner_email", "podcasts@meridian.example")
    fields.setdefault("category", "News > Daily News")
    fields.setdefault("artwork", make_image("Show artwork"))
    show = ShowPage(title=title or f"Test show {number}", slug=f"test-show-{number}", **fields)
    podcasts_page(language).add_child(instance=show)
    show.save_revision().publish()
    show.refresh_from_db()
    return show


def make_episode(show: ShowPage, *, title: str | None = None, publish: bool = True, **fields):
    number = next(_counter)
    fields.setdefault("show_notes", f"<p>Notes of episode {number}.</p>")
    fields.setdefault("audio", make_audio())
    fields.setdefault("published_at", timezone.now() - timedelta(days=1, seconds=-number))
    fields.setdefault("season", 1)
    fields.setdefault("episode_number", number)
    episode = EpisodePage(
        title=title or f"Test episode {number}", slug=f"episode-{number}", live=False, **fields
    )
    show.add_child(instance=episode)
    if publish:
        episode.save_revision().publish()
        episode.refresh_from_db()
    return episode
