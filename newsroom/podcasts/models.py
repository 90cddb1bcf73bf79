"""Podcasts as pages: a podcasts page per edition, shows under it, episodes under a show.

Audio lives in its own model (AudioFile, a snippet with a chooser) rather than in
Wagtail documents: an episode needs the file's duration, size and type, read once when
it is uploaded, and a document has nowhere to keep them.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from newsroom.articles.models import NewsPageMixin
from newsroom.podcasts.audio import NotPodcastAudio, clock, read_audio

ARTWORK_RENDITION = "fill-1400x1400|format-jpeg"  # Apple asks for 1400–3000 px squares
THUMB_RENDITION = "fill-320x320|format-jpeg"


# django-stubs cannot see EpisodePage (a Wagtail page, untyped) as a model, so cannot
# resolve the `episodes` manager its audio field adds here.
class AudioFile(models.Model):  # type: ignore[django-manager-missing]
    """An uploaded MP3 or M4A, with the facts a feed's enclosure needs."""

    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(_("file"), upload_to="podcasts/audio/%Y/%m/")
    duration_seconds = models.FloatField(_("duration (seconds)"), default=0, editable=False)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"), default=0, editable=False)
    mime_type = models.CharField(_("type"), max_length=40, editable=False, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("audio file")
        verbose_name_plural = _("audio files")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.file:
            try:
                self._read_facts()
            except NotPodcastAudio:
                raise ValidationError(
                    {"file": _("Upload an MP3 or M4A audio file.")}, code="not_audio"
                ) from None

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_file_name = instance.__dict__.get("file") and instance.file.name
        return instance

    def save(self, *args, **kwargs):
        # Read on every save of a new or replaced file, whichever way it arrives (admin
        # form, demo loader, shell), so the stored facts always describe the file.
        if self.file and self.file.name != getattr(self, "_stored_file_name", None):
            self._read_facts()
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name

    def _read_facts(self) -> None:
        self.file.open("rb")
        facts = read_audio(self.file)
        self.duration_seconds = facts.duration_seconds
        self.mime_type = facts.mime_type
        self.size_bytes = self.file.size

    @property
    def duration(self) -> str:
        return clock(self.duration_seconds)

    @property
    def filename(self) -> str:
        return PurePosixPath(self.file.name).name

    def is_published(self) -> bool:
        """Whether a live episode that anyone may see plays this audio. Until then (a
        draft, an unpublished or a password-protected episode, or none at all) only the
        people who work in the CMS may hear it."""
        return EpisodePage.objects.live().public().filter(audio=self).exists()

    def get_absolute_url(self) -> str:
        """The audio's stable address: it serves byte ranges, so players can seek."""
        return reverse("podcast-audio", args=[self.pk, self.filename])

    def full_url(self) -> str:
        return settings.SITE_URL + self.get_absolute_url()


class PodcastIndexPage(NewsPageMixin, Page):
    """The podcasts page of one edition (/en/podcasts/): every show and its feed."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["podcasts.ShowPage"]
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("podcasts page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shows = ShowPage.objects.live().child_of(self).select_related("artwork")
        context["shows"] = [(show, show.latest_episodes(3)) for show in shows]
        return context


class Category(models.TextChoices):
    """Apple Podcasts categories a newsroom's shows fit in ("Parent > Child")."""

    NEWS = "News", _("News")
    DAILY_NEWS = "News > Daily News", _("News: daily news")
    POLITICS = "News > Politics", _("News: politics")
    BUSINESS_NEWS = "News > Business News", _("News: business news")
    TECH_NEWS = "News > Tech News", _("News: tech news")
    NEWS_COMMENTARY = "News > News Commentary", _("News: commentary")
    SOCIETY = "Society & Culture", _("Society and culture")
    DOCUMENTARY = "Society & Culture > Documentary", _("Society and culture: documentary")


class ShowPage(NewsPageMixin, RoutablePageMixin, Page):
    """A podcast show: its description, artwork and the feed podcast apps subscribe to."""

    description = models.TextField(
        _("description"), help_text=_("What the show is about, for listeners and podcast apps.")
    )
    artwork = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("artwork"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square, at least 1400 × 1400 pixels."),
    )
    author = models.CharField(_("author"), max_length=200)
    owner_name = models.CharField(_("owner's name"), max_length=200)
    owner_email = models.EmailField(
        _("owner's email"), help_text=_("Podcast directories send messages about the show here.")
    )
    category = models.CharField(
        _("category"), max_length=60, choices=Category.choices, default=Category.NEWS
    )
    explicit = models.BooleanField(_("explicit"), default=False)

    parent_page_types = ["podcasts.PodcastIndexPage"]
    subpage_types = ["podcasts.EpisodePage"]
    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("artwork"),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldRowPanel([FieldPanel("category"), FieldPanel("explicit")]),
            ],
            heading=_("For podcast directories"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]

    class Meta:
        verbose_name = _("podcast show")

    def episodes(self) -> "EpisodePageQuerySet":
        return EpisodePage.objects.live().child_of(self).with_audio().newest_first()

    def latest_episodes(self, count: int) -> list["EpisodePage"]:
        return list(self.episodes().select_related("audio")[:count])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = self.episodes().select_related("audio")
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from newsroom.podcasts.feeds import ShowFeed

        return ShowFeed(self)(request)

    def feed_url(self) -> str:
        return self.url + self.reverse_subpage("feed")


class EpisodePageQuerySet(PageQuerySet):
    def published_in(self, locale) -> "EpisodePageQuerySet":
        return self.live().filter(locale=locale)

    def published_in_language(self, language_code: str) -> "EpisodePageQuerySet":
        return self.live().filter(locale__language_code=language_code)

    def with_audio(self) -> "EpisodePageQuerySet":
        """Episodes that can be played: the audio file may have been deleted since."""
        return self.filter(audio__isnull=False)

    def newest_first(self) -> "EpisodePageQuerySet":
        return self.order_by("-published_at", "-pk")


EpisodePageManager = PageManager.from_queryset(EpisodePageQuerySet)


class EpisodePage(NewsPageMixin, Page):
    """One episode: show notes and the audio, played on the page and listed in the feed."""

    show_notes = RichTextField(
        _("show notes"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )
    audio = models.ForeignKey(
        AudioFile,
        verbose_name=_("audio"),
        null=True,  # the page stays if its audio file is deleted; it is then not listed
        blank=False,
        on_delete=models.SET_NULL,
        related_name="episodes",
    )
    artwork = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("artwork"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the show's artwork is used without it."),
    )
    published_at = models.DateTimeField(_("publication date and time"), default=timezone.now)
    explicit = models.BooleanField(_("explicit"), default=False)
    season = models.PositiveIntegerField(_("season"), null=True, blank=True)
    episode_number = models.PositiveIntegerField(_("episode number"), null=True, blank=True)

    objects = EpisodePageManager()

    parent_page_types = ["podcasts.ShowPage"]
    subpage_types = []
    content_panels = Page.content_panels + [
        FieldPanel("audio"),
        FieldPanel("show_notes"),
        FieldPanel("artwork"),
        MultiFieldPanel(
            [
                FieldPanel("published_at"),
                FieldRowPanel([FieldPanel("season"), FieldPanel("episode_number")]),
                FieldPanel("explicit"),
            ],
            heading=_("Episode"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("show_notes"),
        index.FilterField("published_at"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        verbose_name = _("podcast episode")
        indexes = [models.Index(fields=["published_at"], name="episode_published_at")]

    @cached_property
    def show(self) -> ShowPage:
        return ShowPage.objects.select_related("artwork").get(path=self.path[: -self.steplen])

    @property
    def guid(self) -> str:
        """Stable for the episode's life: edits, new audio, a new slug or a move keep it."""
        return f"urn:uuid:{uuid.uuid5(self.translation_key, self.locale.language_code)}"

    def shown_artwork(self):
        return self.artwork or self.show.artwork
