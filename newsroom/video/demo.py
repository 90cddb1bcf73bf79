"""The demo channel: a generated clip (ffmpeg's test pattern and a tone, with captions),
a TV show whose episode is a video story, and ways to watch. Nothing is downloaded; the
worker transcodes the clip like any upload."""

import subprocess
import tempfile
from datetime import timedelta
from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from newsroom.articles.demo.pictures import picture as demo_picture
from newsroom.articles.models import ArticlePage
from newsroom.video.models import Caption, TVShowIndexPage, TVShowPage, Video, WhereToWatchPage
from newsroom.video.setup import ensure_channel_pages, ensure_video_permissions
from newsroom.video.transcode import FFMPEG

DEMO_CAPTIONS = b"""WEBVTT

00:00:00.000 --> 00:00:04.000
Good evening, and welcome to The World This Week.

00:00:04.000 --> 00:00:09.000
[Theme music]

00:00:09.000 --> 00:00:15.000
Tonight: the harbour reopens after the storm.

00:00:15.000 --> 00:00:20.000
Stay with us.
"""


def clip_bytes(
    seconds: float = 2.0, width: int = 640, height: int = 360, container: str = "mp4",
    audio: bool = True, pattern: str = "testsrc",
) -> bytes:  # fmt: skip
    """A short test-pattern clip with a tone, encoded by ffmpeg in `container`."""
    video_codec = {
        "mp4": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
        "mov": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
        "webm": ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k"],
    }[container]  # fmt: skip
    audio_codec = ["-c:a", "libopus" if container == "webm" else "aac"] if audio else []
    inputs = ["-f", "lavfi", "-i", f"{pattern}=size={width}x{height}:rate=24:duration={seconds}"]
    if audio:
        inputs += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / f"clip.{container}"
        subprocess.run(  # noqa: S603 - fixed program and arguments
            [FFMPEG, "-hide_banner", "-loglevel", "error", "-y", *inputs, *video_codec,
             *audio_codec, "-shortest", str(target)],
            check=True,
        )  # fmt: skip
        return target.read_bytes()


WAYS = [
    ("channel", "Meridian News HD", "Freeview channel 231; Sky channel 512", ""),
    ("satellite", "Astra 2E/2F/2G at 28.2°E", "11.426 GHz, polarisation H, symbol rate 27500", ""),
    ("streaming", "Meridian on the web", "Watch live and on demand on this site.", ""),
    ("app", "Meridian News app", "For phones, tablets and smart TVs.", ""),
]


@transaction.atomic
def load_demo_video() -> str:
    ensure_channel_pages()
    ensure_video_permissions()
    if Video.objects.exists():
        return "Videos exist already; the demo show left as it is."
    english = Locale.objects.get(language_code="en")
    video = Video(
        title="The World This Week: the harbour reopens",
        description="Our weekly round-up, opening at the harbour.",
    )
    video.file.save(
        "the-world-this-week.mp4",
        ContentFile(clip_bytes(20, 1280, 720, pattern="testsrc2")),
        save=False,
    )
    video.save()  # the worker transcodes it after the commit
    caption = Caption(video=video, language="en")
    caption.file.save("the-world-this-week.en.vtt", ContentFile(DEMO_CAPTIONS), save=False)
    caption.save()

    index = TVShowIndexPage.objects.get(locale=english)
    show = TVShowPage(
        title="The World This Week",
        slug="the-world-this-week",
        description="Half an hour of the week's news from our correspondents around the world.",
        broadcast_times="Fridays 19:30",
    )
    index.add_child(instance=show)
    show.save_revision().publish()
    picture = get_image_model()(title="The harbour at dawn", description="The harbour at dawn")
    picture.file = ImageFile(
        BytesIO(demo_picture("the-harbour-reopens")), name="the-harbour-reopens.jpg"
    )
    picture.save()
    episode = ArticlePage(
        title="The harbour reopens after the storm",
        hero_image=picture,  # for cards and link previews; the page plays the video
        hero_credit="© Meridian News",
        slug="the-harbour-reopens",
        standfirst="This week: the port is working again, and what the storm cost.",
        lead_video=video,
        published_at=timezone.now() - timedelta(hours=3),
        body=[("paragraph", "<p>The week's stories, told by the people who covered them.</p>")],
    )
    show.add_child(instance=episode)
    episode.save_revision().publish()

    where = WhereToWatchPage.objects.get(locale=english)
    where.intro = "Meridian News is on air around the clock."
    where.ways = [
        ("way", {"kind": k, "name": n, "details": d, "link": link}) for k, n, d, link in WAYS
    ]
    where.save_revision().publish()
    return "Demo channel built: 1 video (transcoded by the worker), 1 show, 1 episode."
