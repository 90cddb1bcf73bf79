"""Demo podcasts: a podcasts page in every edition and one show with three episodes.

The audio is synthesised when the demo is built (demo/tones.py), the artwork drawn with
Pillow, so nothing is downloaded and the repository holds no binary files. The show is
written in English and translated into every edition with Wagtail's own translation
copies, so each edition has a podcasts page, a show and a feed.
"""

import io
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from newsroom.podcasts.demo.tones import episode_audio
from newsroom.podcasts.models import AudioFile, EpisodePage, PodcastIndexPage, ShowPage
from newsroom.podcasts.setup import ensure_audio_permissions, ensure_podcast_pages

SHOW_SLUG = "the-briefing"

SHOW = {
    "en": ("The Briefing", "The day's news from our correspondents around the world, in a few minutes."),
    "ar": ("الموجز", "أخبار اليوم من مراسلينا حول العالم في دقائق."),
    "es": ("El Resumen", "Las noticias del día de nuestros corresponsales en todo el mundo, en pocos minutos."),
    "ru": ("Сводка", "Новости дня от наших корреспондентов по всему миру за несколько минут."),
    "de": ("Das Briefing", "Die Nachrichten des Tages von unseren Korrespondenten weltweit, in wenigen Minuten."),
    "fr": ("Le Briefing", "L'actualité du jour par nos correspondants dans le monde, en quelques minutes."),
    "sr": ("Преглед", "Вести дана од наших дописника широм света, за неколико минута."),
}  # fmt: skip
# (slug, seconds of audio, title per language, show notes in English)
EPISODES = [
    ("harbour-reopens", 30, {"en": "The harbour reopens", "ar": "إعادة فتح الميناء", "es": "El puerto reabre", "ru": "Порт снова открыт", "de": "Der Hafen öffnet wieder", "fr": "Le port rouvre", "sr": "Лука поново ради"},
     "<p>Crews worked through the night after the storm. Our correspondent walks the quay.</p>"),
    ("monsoon-early", 40, {"en": "An early monsoon", "ar": "رياح موسمية مبكرة", "es": "Un monzón temprano", "ru": "Ранний муссон", "de": "Ein früher Monsun", "fr": "Une mousson précoce", "sr": "Рани монсун"},
     "<p>Farmers and forecasters on a season that came three weeks ahead of time.</p><ul><li>What changed</li><li>What comes next</li></ul>"),
    ("markets-week", 45, {"en": "Markets this week", "ar": "الأسواق هذا الأسبوع", "es": "Los mercados esta semana", "ru": "Рынки на этой неделе", "de": "Die Märkte diese Woche", "fr": "Les marchés cette semaine", "sr": "Тржишта ове недеље"},
     "<p>Shipping rates, a currency under pressure and the week's company results.</p>"),
]  # fmt: skip


def _artwork():
    """A square show picture, drawn here (Apple asks for at least 1400 × 1400)."""
    picture = PillowImage.new("RGB", (1400, 1400), "#0b4f8a")
    draw = ImageDraw.Draw(picture)
    for ring in range(6):
        inset = 200 + ring * 90
        draw.ellipse((inset, inset, 1400 - inset, 1400 - inset), outline="#ffbf47", width=18)
    draw.rectangle((0, 1180, 1400, 1400), fill="#c8102e")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    image = get_image_model()(title="The Briefing artwork", description="The Briefing")
    image.file = ImageFile(buffer, name="the-briefing.jpg")
    image.save()
    return image


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@transaction.atomic
def load_demo_podcasts() -> str:
    ensure_podcast_pages()
    ensure_audio_permissions()
    if ShowPage.objects.exists():
        return "Podcasts exist already; the demo show left as it is."
    english = Locale.objects.get(language_code="en")
    index = PodcastIndexPage.objects.get(locale=english)
    title, description = SHOW["en"]
    show = ShowPage(
        title=title,
        slug=SHOW_SLUG,
        description=description,
        artwork=_artwork(),
        author="Meridian News",
        owner_name="Meridian News podcasts desk",
        owner_email="podcasts@meridian.example",
        category="News > Daily News",
    )
    index.add_child(instance=show)
    show = _publish(show)

    now = timezone.now()
    episodes = []
    for number, (slug, seconds, titles, notes) in enumerate(EPISODES, start=1):
        audio = AudioFile(title=titles["en"])
        audio.file.save(f"{slug}.mp3", ContentFile(episode_audio(number, seconds)), save=False)
        audio.save()
        episode = EpisodePage(
            title=titles["en"],
            slug=slug,
            show_notes=notes,
            audio=audio,
            published_at=now - timedelta(days=len(EPISODES) - number, hours=2),
            season=1,
            episode_number=number,
        )
        show.add_child(instance=episode)
        episodes.append((_publish(episode), titles))

    for locale in Locale.objects.exclude(pk=english.pk):
        code = locale.language_code
        translated_show = show.copy_for_translation(locale)
        translated_show.title, translated_show.description = SHOW.get(code, SHOW["en"])
        _publish(translated_show)
        for episode, titles in episodes:
            translated = episode.copy_for_translation(locale)
            translated.title = titles.get(code, titles["en"])
            _publish(translated)
    return f"Demo podcast built: 1 show, {len(EPISODES)} episodes in every edition."
