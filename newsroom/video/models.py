"""Videos in the library: an uploaded source, its transcoded outputs, and captions.

A video is a snippet (chosen from articles' lead and body, and from shows), like
podcasts' audio: it needs facts read from the file and a state that the transcoding task
moves on, which Wagtail's documents have nowhere to keep.
"""

import secrets
import shutil
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, ReferenceIndex
from wagtail.search import index

from newsroom.articles.models import NewsPageMixin
from newsroom.video.captions import NotWebVTT, check_webvtt
from newsroom.video.probe import NotVideo, probe
from newsroom.video.transcode import (
    FALLBACK_FILE,
    MASTER_PLAYLIST,
    POSTER_FILE,
    THUMBS_TRACK,
)

ACCEPTED_SUFFIXES = (".mp4", ".m4v", ".webm", ".mov")


class VideoStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting to be processed")
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class VideoQuerySet(models.QuerySet):
    def ready(self) -> "VideoQuerySet":
        return self.filter(status=VideoStatus.READY)


def outputs_root() -> Path:
    return Path(settings.MEDIA_ROOT) / "video" / "hls"


class Video(ClusterableModel):
    """An uploaded MP4, WebM or MOV and what the transcoding task made of it."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(
        _("description"), blank=True, help_text=_("For search engines and the video sitemap.")
    )
    file = models.FileField(
        _("file"),
        upload_to="video/source/%Y/%m/",
        help_text=_("MP4, WebM or MOV. It is converted for streaming after upload."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=VideoStatus.choices,
        default=VideoStatus.WAITING,
        editable=False,
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, editable=False)
    error = models.TextField(_("error"), blank=True, editable=False)
    duration_seconds = models.FloatField(_("duration (seconds)"), default=0, editable=False)
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    # The name of the directory under outputs_root() holding the live outputs; a new
    # transcode writes a new one and switches to it only when complete.
    version = models.CharField(max_length=40, blank=True, editable=False)
    renditions = models.JSONField(default=list, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    objects = VideoQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("file"),
        InlinePanel("captions", heading=_("Captions"), label=_("Caption file")),
    ]

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def __str__(self) -> str:
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_file_name = instance.__dict__.get("file") and instance.file.name
        return instance

    def file_is_new(self) -> bool:
        return bool(self.file) and self.file.name != getattr(self, "_stored_file_name", None)

    def clean(self) -> None:
        if self.file and self.file_is_new():
            try:
                probe_upload(self.file)
            except NotVideo as error:
                raise ValidationError(
                    {
                        "file": _("Upload an MP4, WebM or MOV video (%(reason)s).")
                        % {"reason": error}
                    },
                    code="not_video",
                ) from None

    def save(self, *args, **kwargs):
        # Every new or replaced file, however it arrives (admin, demo, shell), is
        # transcoded again; the outputs of the previous file stay live until then.
        new_file = self.file_is_new()
        if new_file:
            self.status, self.progress, self.error = VideoStatus.WAITING, 0, ""
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name
        if new_file:
            from newsroom.video.tasks import transcode_video

            pk = self.pk
            transaction.on_commit(lambda: transcode_video.enqueue(pk))

    @property
    def is_ready(self) -> bool:
        return self.status == VideoStatus.READY and bool(self.version)

    @property
    def duration(self) -> str:
        total = int(round(self.duration_seconds))
        hours, rest = divmod(total, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

    @property
    def iso_duration(self) -> str:
        """ISO 8601, as schema.org's VideoObject wants it (PT1M5S)."""
        total = int(round(self.duration_seconds))
        hours, rest = divmod(total, 3600)
        minutes, secs = divmod(rest, 60)
        return (
            "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"
        )

    def outputs_dir(self) -> Path:
        return outputs_root() / self.version

    def output_url(self, name: str) -> str:
        return reverse("video-output", args=[self.pk, self.version, name])

    def output_prefix(self, version: str) -> str:
        return reverse("video-output", args=[self.pk, version, POSTER_FILE])[: -len(POSTER_FILE)]

    def playlist_url(self) -> str:
        return self.output_url(MASTER_PLAYLIST)

    def fallback_url(self) -> str:
        return self.output_url(FALLBACK_FILE)

    def poster_url(self) -> str:
        return self.output_url(POSTER_FILE)

    def thumbnails_url(self) -> str:
        return self.output_url(THUMBS_TRACK)

    def is_published(self) -> bool:
        """Whether a live page that anyone may see shows this video (as an article's lead,
        in a body, or as a show's trailer): until then only people who work in the CMS
        may watch it, so an embargoed video stays unseen."""
        page_type = ContentType.objects.get_for_model(Page)
        page_ids = (
            ReferenceIndex.get_references_to(self)
            .filter(base_content_type=page_type)
            .values_list("object_id", flat=True)
        )
        ids = [int(pk) for pk in page_ids if pk.isdigit()]
        return Page.objects.live().public().filter(pk__in=ids).exists()

    def remove_outputs_except(self, keep: str) -> None:
        remove_outputs(self.pk, keep)

    def new_version(self) -> str:
        return f"{self.pk}-{secrets.token_hex(6)}"


def remove_outputs(video_pk: int, keep: str = "", *, unfinished: bool = False) -> None:
    """Delete a video's transcode directories but `keep`; with `unfinished`, those being
    built too (when the video is deleted: a running task for it then fails quietly)."""
    root = outputs_root()
    if not root.is_dir():
        return
    found = [*root.glob(f"{video_pk}-*")]
    if unfinished:
        found += root.glob(f".building-{video_pk}-*")
    for directory in found:
        if directory.name != keep and directory.is_dir():
            shutil.rmtree(directory, ignore_errors=True)


def probe_upload(file) -> None:
    """Probe a file that may still be an upload in memory (ffprobe needs a path)."""
    import tempfile

    temporary_path = getattr(file.file, "temporary_file_path", None)
    if temporary_path is not None:
        probe(Path(temporary_path()))
        return
    suffix = PurePosixPath(file.name).suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        raise NotVideo("the file name does not end in .mp4, .webm or .mov")
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        file.seek(0)
        for chunk in file.chunks():
            copy.write(chunk)
        copy.flush()
        file.seek(0)
        probe(Path(copy.name))


class CaptionKind(models.TextChoices):
    SUBTITLES = "subtitles", _("Subtitles (the words spoken)")
    CAPTIONS = "captions", _("Captions (words and sounds, for deaf viewers)")


class Caption(Orderable):
    """A WebVTT file of one language for a video."""

    video = ParentalKey(Video, related_name="captions", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    kind = models.CharField(
        _("kind"), max_length=10, choices=CaptionKind.choices, default=CaptionKind.CAPTIONS
    )
    file = models.FileField(_("WebVTT file"), upload_to="video/captions/%Y/%m/")

    panels = [FieldPanel("language"), FieldPanel("kind"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption file")
        constraints = [
            models.UniqueConstraint(fields=["video", "language"], name="one_caption_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.video} ({self.language})"

    def clean(self) -> None:
        if not self.file:
            return
        self.file.seek(0)
        content = self.file.read()
        self.file.seek(0)
        try:
            check_webvtt(content)
        except NotWebVTT as error:
            raise ValidationError(
                {"file": _("Upload a WebVTT (.vtt) file: %(reason)s.") % {"reason": error}},
                code="not_webvtt",
            ) from None

    @property
    def label(self) -> str:
        return str(dict(settings.LANGUAGES).get(self.language, self.language))

    def get_absolute_url(self) -> str:
        return reverse("video-caption", args=[self.video_id, self.pk])


class TVShowIndexPage(NewsPageMixin, Page):
    """The shows page of one edition (/en/shows/): every TV programme."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["video.TVShowPage"]
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("shows page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shows = TVShowPage.objects.live().child_of(self).select_related("image")
        context["shows"] = [(show, show.latest_episodes(3)) for show in shows]
        return context


class TVShowPage(NewsPageMixin, Page):
    """A TV programme; its episodes are video stories (articles) under it."""

    description = models.TextField(_("description"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    broadcast_times = models.CharField(
        _("when it is on"), max_length=200, blank=True, help_text=_("For example: Weekdays 18:30")
    )

    parent_page_types = ["video.TVShowIndexPage"]
    subpage_types = ["articles.ArticlePage"]
    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("broadcast_times"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]

    class Meta:
        verbose_name = _("TV show")

    def episodes(self):
        from newsroom.articles.models import ArticlePage

        return ArticlePage.objects.live().child_of(self).newest_first()

    def latest_episodes(self, count: int) -> list:
        return list(self.episodes().for_cards()[:count])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = self.episodes().for_cards()
        return context


WAYS_TO_WATCH = [
    ("channel", _("TV channel")),
    ("satellite", _("Satellite")),
    ("cable", _("Cable")),
    ("streaming", _("Streaming platform")),
    ("app", _("App")),
]


class WayToWatchValue(blocks.StructValue):
    def kind_label(self) -> str:
        return str(dict(WAYS_TO_WATCH).get(self.get("kind"), ""))


class WayToWatchBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=WAYS_TO_WATCH, label=_("Kind"))
    name = blocks.CharBlock(label=_("Name"))
    details = blocks.TextBlock(
        required=False, label=_("Details"), help_text=_("Frequency, channel number, regions…")
    )
    link = blocks.URLBlock(required=False, label=_("Link"))

    class Meta:
        icon = "site"
        template = "video/blocks/way_to_watch.html"
        value_class = WayToWatchValue


class WhereToWatchPage(NewsPageMixin, Page):
    """Where to watch the channel in this edition: channels, satellites, platforms, apps."""

    intro = models.TextField(_("introduction"), blank=True)
    ways = StreamField([("way", WayToWatchBlock())], verbose_name=_("ways to watch"), blank=True)

    parent_page_types = ["articles.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("ways")]

    class Meta:
        verbose_name = _("where-to-watch page")


class LivePage(NewsPageMixin, Page):
    """The live stream (LIVE_STREAM_URL) in the site's player; nothing when it is unset."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["articles.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("live page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stream_url"] = settings.LIVE_STREAM_URL
        return context
