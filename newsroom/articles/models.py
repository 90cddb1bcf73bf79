"""Page types of the news site: home, sections and articles, plus authors and tags."""

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber, Substr
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from newsroom.articles.blocks import ArticleBodyBlock
from newsroom.articles.feeds import ArticleFeed
from newsroom.articles.furniture import Furniture, furniture_for
from newsroom.core.page_cache import SharedCacheMixin
from newsroom.core.search_text import clean_search_query

# Rendition specs are listed once so that querysets can prefetch exactly the
# renditions that templates ask for (no query per image).
CARD_RENDITIONS = ("fill-320x180", "fill-640x360")
HERO_RENDITIONS = ("fill-480x270", "fill-800x450", "fill-1200x675")
SHARE_RENDITION = "fill-1200x630"

SECTION_PAGE_SIZE = 20

# Root is depth 1, each edition's home 2, its sections 3: every article of an edition
# is at depth 4. A thread for a page on another site hangs off an article kept under an
# ElsewherePage instead (depth 3), which no edition lists.
ARTICLE_DEPTH = 4


class StoryLabel(models.TextChoices):
    NONE = "", _("None")
    FEATURE = "feature", _("Feature")
    ANALYSIS = "analysis", _("Analysis")
    EXPLAINER = "explainer", _("Explainer")
    OPINION = "opinion", _("Opinion")
    VIDEO = "video", _("Video")


@register_snippet
class Author(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    bio = models.TextField(_("biography"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("role"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePageQuerySet(PageQuerySet):
    def listed(self) -> "ArticlePageQuerySet":
        """Live articles of the editions, without the threads held for other sites."""
        return self.live().filter(depth=ARTICLE_DEPTH)

    def published_in(self, locale) -> "ArticlePageQuerySet":
        return self.listed().filter(locale=locale)

    def newest_first(self) -> "ArticlePageQuerySet":
        return self.order_by("-published_at", "-pk")

    def breaking_now(self) -> "ArticlePageQuerySet":
        now = timezone.now()
        return self.filter(is_breaking=True).filter(
            Q(breaking_until__isnull=True) | Q(breaking_until__gt=now)
        )

    def published_since(self, moment) -> "ArticlePageQuerySet":
        return self.filter(published_at__gte=moment)

    def for_cards(self, renditions=CARD_RENDITIONS) -> "ArticlePageQuerySet":
        """Everything an article card shows, fetched in a fixed number of queries."""
        images = get_image_model().objects.prefetch_renditions(*renditions)
        return self.select_related("locale").prefetch_related(
            models.Prefetch("hero_image", queryset=images)
        )

    def latest_per_section(self, locale, per_section: int):
        """The newest `per_section` articles of every section, in one query."""
        home_depth = 2  # Root is depth 1; each edition's home page is depth 2.
        section_path_length = Page.steplen * (home_depth + 1)
        return (
            self.published_in(locale)
            .filter(depth=home_depth + 2)
            .annotate(
                section_path=Substr("path", 1, section_path_length),
                rank_in_section=Window(
                    RowNumber(),
                    partition_by=F("section_path"),
                    order_by=[F("published_at").desc(), F("pk").desc()],
                ),
            )
            .filter(rank_in_section__lte=per_section)
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class NewsPageMixin(SharedCacheMixin):
    """Cached like any reader page, but a cached copy must not outlive the story in its
    breaking-news ticker."""

    def shared_cache_seconds(self) -> int:
        return furniture_for(get_language()).seconds_valid(super().shared_cache_seconds())


class HomePage(NewsPageMixin, RoutablePageMixin, Page):
    """The front page of one edition; also serves tag, author and search pages."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.SectionPage",
        "articles.InfoPage",
        "podcasts.PodcastIndexPage",
        "video.TVShowIndexPage",
        "video.LivePage",
        "video.WhereToWatchPage",
        "schedule.SchedulePage",
        "wagtailcore.Page",
    ]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("edition home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: fetched only when the front page's cached fragment is stale, and never
        # for the tag, author and search pages that share this context.
        context["front"] = FrontPage(self)
        return context

    @path("tags/<str:slug>/", name="tag")
    def tag_listing(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        articles = ArticlePage.objects.published_in(self.locale).filter(tagged_items__tag=tag)
        return self._listing(request, articles, "articles/tag_page.html", tag=tag)

    @path("feed/", name="feed")
    def edition_feed(self, request):
        return self._feed(request, ArticlePage.objects.published_in(self.locale), self.title)

    @path("tags/<str:slug>/feed/", name="tag_feed")
    def tag_feed(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        articles = ArticlePage.objects.published_in(self.locale).filter(tagged_items__tag=tag)
        link = self.url + self.reverse_subpage("tag", args=[slug])
        return self._feed(request, articles, tag.name, link)

    def _feed(self, request, articles, heading, link=None):
        site_name = settings.WAGTAIL_SITE_NAME
        feed = ArticleFeed(
            title=site_name if heading == self.title else f"{site_name} — {heading}",
            link=link or self.url,
            description=self.search_description or site_name,
            articles=articles,
            language=self.locale.language_code,
        )
        return feed(request)

    @path("authors/<slug:slug>/", name="author")
    def author_page(self, request, slug):
        author = get_object_or_404(Author, slug=slug)
        articles = ArticlePage.objects.published_in(self.locale).filter(authors=author)
        return self._listing(request, articles, "articles/author_page.html", author=author)

    def _listing(self, request, articles, template: str, **context):
        page = _paginate(request, articles.newest_first().for_cards())
        context.update(page_obj=page, articles=page.object_list)
        return self.render(request, context_overrides=context, template=template)

    @path("search/", name="search")
    def search(self, request):
        query = clean_search_query(request.GET.get("q", ""))
        results = []
        if query:
            matches = (
                ArticlePage.objects.published_in(self.locale)
                .for_cards()
                .search(query, operator="and")
            )
            results = list(matches[:30])
        return self.render(
            request,
            # The header's search box shows the words too (only here: other pages' own
            # "query" context, such as the moderation queue's filters, is not a search).
            context_overrides={"query": query, "site_search_query": query, "results": results},
            template="articles/search_page.html",
        )

    def serve_from_cache_allowed(self, request) -> bool:
        # Search results depend on free text: caching each query would only fill the
        # cache with one-off entries.
        return "/search/" not in request.path


class FrontPage:
    """The lead story and a block of the newest articles per section, on first use."""

    def __init__(self, home: HomePage):
        self.home = home

    @cached_property
    def lead_story(self) -> "ArticlePage | None":
        return (
            ArticlePage.objects.published_in(self.home.locale_id)
            .filter(is_top_story=True)
            .newest_first()
            .for_cards(HERO_RENDITIONS)
            .first()
        )

    @cached_property
    def section_blocks(self) -> list[tuple["SectionPage", list["ArticlePage"]]]:
        sections = list(SectionPage.objects.live().child_of(self.home).filter(show_in_menus=True))
        by_section: dict[str, list[ArticlePage]] = {section.path: [] for section in sections}
        latest = ArticlePage.objects.for_cards().latest_per_section(
            self.home.locale_id, per_section=4
        )
        for article in latest.exclude(pk=getattr(self.lead_story, "pk", None)):
            by_section.setdefault(article.section_path, []).append(article)
        return [
            (section, by_section[section.path]) for section in sections if by_section[section.path]
        ]


class SectionPage(NewsPageMixin, RoutablePageMixin, Page):
    """A section of the site (World News, Business...): the navigation and a listing."""

    intro = models.TextField(_("introduction"), blank=True)
    comments_open_by_default = models.BooleanField(
        _("comments open by default"),
        default=True,
        help_text=_("Articles of this section that do not choose for themselves follow this."),
    )

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + [FieldPanel("comments_open_by_default")]

    class Meta:
        verbose_name = _("section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().child_of(self).newest_first().for_cards()
        page = _paginate(request, articles)
        context.update(page_obj=page, articles=page.object_list)
        return context

    def route(self, request, path_components):
        # A section's children are all articles: fetch the specific article in one query
        # instead of Wagtail's generic child lookup followed by a second, specific one.
        if len(path_components) == 1 and not self._is_own_route(path_components[0]):
            article = ArticlePage.objects.child_of(self).filter(slug=path_components[0]).first()
            if article is None:
                raise Http404
            article._cached_parent_obj = self
            return article.route(request, [])
        return super().route(request, path_components)

    def _is_own_route(self, component: str) -> bool:
        try:
            self.resolve_subpage(f"/{component}/")
        except Http404:
            return False
        return True

    @path("feed/", name="feed")
    def section_feed(self, request):
        feed = ArticleFeed(
            title=f"{settings.WAGTAIL_SITE_NAME} — {self.title}",
            link=self.url,
            description=self.intro or self.title,
            articles=ArticlePage.objects.live().child_of(self),
            language=self.locale.language_code,
        )
        return feed(request)


class InfoPage(NewsPageMixin, Page):
    """A page of standing information: about us, the commenting policy, corrections."""

    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    parent_page_types = ["articles.HomePage"]
    subpage_types = []
    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("information page")


class Commenting(models.TextChoices):
    SECTION_DEFAULT = "", _("As the section decides")
    OPEN = "open", _("Open")
    PREMODERATED = "premoderated", _("Open, every comment checked by a moderator first")
    CLOSED = "closed", _("Closed (the thread stays readable)")


class ArticlePage(NewsPageMixin, Page):
    # A signed-in reader's browser fetches the comment section made for them and puts it
    # in place, so their script-enabled browser may be sent the shared copy of the page.
    personalised_in_browser = True

    standfirst = models.TextField(
        _("standfirst"), max_length=400, help_text=_("One sentence that sums up the story.")
    )
    published_at = models.DateTimeField(_("publication date and time"), default=timezone.now)
    label = models.CharField(
        _("story label"),
        max_length=20,
        choices=StoryLabel.choices,
        blank=True,
        default="",
        help_text=_("Video is set by itself when the story has a video lead or block."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("hero caption"), max_length=300, blank=True)
    hero_credit = models.CharField(
        _("hero credit"), max_length=200, blank=True, help_text="© Agency / Photographer"
    )
    lead_video = models.ForeignKey(
        "video.Video",
        verbose_name=_("lead video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown instead of the hero image; the story is then labelled Video."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    authors = ParentalManyToManyField(Author, blank=True, verbose_name=_("authors"))
    is_top_story = models.BooleanField(
        _("top story"), default=False, help_text=_("List in Top stories and as a lead.")
    )
    is_breaking = models.BooleanField(
        _("breaking news"), default=False, help_text=_("Show in the breaking-news ticker.")
    )
    breaking_until = models.DateTimeField(
        _("breaking until"),
        null=True,
        blank=True,
        help_text=_("The ticker drops the story at this time; empty keeps it until unticked."),
    )

    commenting = models.CharField(
        _("comments"), max_length=12, choices=Commenting.choices, blank=True, default=""
    )
    comments_close_after_days = models.PositiveSmallIntegerField(
        _("close comments after (days)"),
        null=True,
        blank=True,
        help_text=_(
            "Days after publication when the thread closes by itself. Empty: the site's "
            "setting (COMMENTS_CLOSE_AFTER_DAYS); 0: never."
        ),
    )

    objects = ArticlePageManager()

    # A TV show's episodes are video stories too (newsroom/video's TVShowPage).
    parent_page_types = ["articles.SectionPage", "video.TVShowPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("published_at"), FieldPanel("label"), FieldPanel("authors")],
            heading=_("Byline"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading=_("Hero image"),
        ),
        FieldPanel("lead_video"),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldPanel("is_top_story"),
                FieldRowPanel([FieldPanel("is_breaking"), FieldPanel("breaking_until")]),
            ],
            heading=_("Prominence"),
        ),
    ]
    settings_panels = Page.settings_panels + [
        FieldPanel("commenting"),
        FieldPanel("comments_close_after_days"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("published_at"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        verbose_name = _("article")
        indexes = [models.Index(fields=["published_at"], name="article_published_at")]

    def has_video(self) -> bool:
        return self.lead_video_id is not None or any(
            block.block_type == "video" for block in self.body
        )

    def clean(self) -> None:
        super().clean()
        # The Video label says what the story holds, so it follows the content: set for
        # a video lead or block, dropped when the last video goes.
        if self.has_video():
            self.label = StoryLabel.VIDEO
        elif self.label == StoryLabel.VIDEO:
            self.label = StoryLabel.NONE

    def comments_open(self, section: "SectionPage | None" = None) -> bool:
        """Whether readers may write here now; a closed thread stays readable."""
        if self.commenting:
            return self.commenting != Commenting.CLOSED
        if section is not None:
            return section.comments_open_by_default
        # One small query instead of fetching the parent page and then its specific form.
        parent_path = self.path[: -self.steplen]
        default = (
            SectionPage.objects.filter(path=parent_path)
            .values_list("comments_open_by_default", flat=True)
            .first()
        )
        return True if default is None else default

    def related_articles(self, tag_ids: list[int], limit: int = 4):
        """Other articles of the edition sharing most tags with this one."""
        if not tag_ids:
            return ArticlePage.objects.none()
        return (
            ArticlePage.objects.published_in(self.locale)
            .filter(tagged_items__tag_id__in=tag_ids)
            .exclude(pk=self.pk)
            .annotate(shared_tags=Count("tagged_items"))
            .order_by("-shared_tags", "-published_at")
            .for_cards()[:limit]
        )

    @cached_property
    def elsewhere(self) -> "ExternalPage | None":
        """The page on another site whose thread this is, if it is one (one small query,
        and none for an article of an edition)."""
        if not self.pk or self.depth == ARTICLE_DEPTH:
            return None
        return ExternalPage.objects.filter(article_id=self.pk).first()

    # A thread for a page on another site is at that page's address: links from the
    # moderation queue, notices, emails and exports lead there.
    def get_url(self, request=None, current_site=None):
        if self.elsewhere is not None:
            return self.elsewhere.url
        return super().get_url(request, current_site)

    def get_full_url(self, request=None):
        if self.elsewhere is not None:
            return self.elsewhere.url
        return super().get_full_url(request)

    url = property(get_url)
    full_url = property(get_full_url)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the template asks for these only when its cached fragments are stale.
        context["article"] = ArticleDetails(self)
        return context


class ElsewherePage(Page):
    """Holds the articles that stand for pages on other sites (see ExternalPage). It is
    outside every edition and never live, so neither it nor they are served or listed;
    editors find those threads here (to close one, or moderate it first)."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.ArticlePage"]
    is_creatable = False

    class Meta:
        verbose_name = _("comments on other sites")


class ExternalPage(models.Model):
    """A page on another site (a static site, another CMS) that embeds a thread of ours.

    Its comments hang off an article of its own under the ElsewherePage, so that
    screening, moderation, counts, votes, exports and the API treat them as any other:
    the article carries the title, language and comment settings; this row carries the
    page's address. A site may name the thread (`thread_key`, as with Disqus
    identifiers) so that it survives a change of address."""

    article = models.OneToOneField(
        ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="external_page"
    )
    url = models.CharField(_("address"), max_length=2000)
    origin = models.CharField(_("site"), max_length=255)
    thread_key = models.CharField(_("thread name"), max_length=200, blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("page on another site")
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(thread_key=""), name="one_thread_per_address"
            ),
            models.UniqueConstraint(
                fields=["origin", "thread_key"],
                condition=~Q(thread_key=""),
                name="one_thread_per_key",
            ),
        ]

    def __str__(self) -> str:
        return self.url


class ArticleDetails:
    """What the article page shows around the body, each part fetched on first use."""

    def __init__(self, page: ArticlePage):
        self.page = page

    @cached_property
    def shell(self) -> Furniture:
        return furniture_for(get_language())

    @cached_property
    def authors(self) -> list[Author]:
        return list(self.page.authors.all())

    @cached_property
    def tags(self) -> list[Tag]:
        return list(self.page.tags.all())

    @cached_property
    def section(self):
        return self.shell.section_for(self.page.path)

    @cached_property
    def related_articles(self) -> list[ArticlePage]:
        return list(self.page.related_articles(tag_ids=[tag.pk for tag in self.tags]))

    @cached_property
    def share_image(self) -> str:
        if self.page.hero_image is None:
            return ""
        return settings.SITE_URL + self.page.hero_image.get_rendition(SHARE_RENDITION).url

    @cached_property
    def structured_data(self) -> dict:
        """schema.org NewsArticle, for search engines and link previews."""
        page = self.page
        url = page.get_full_url()
        home_url = self.shell.home.url if self.shell.home else "/"
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "headline": page.title,
            "description": page.standfirst,
            "inLanguage": get_language(),
            "datePublished": page.published_at.isoformat(),
            "dateModified": (page.last_published_at or page.published_at).isoformat(),
            "author": [
                {
                    "@type": "Person",
                    "name": author.name,
                    "url": settings.SITE_URL + home_url + f"authors/{author.slug}/",
                }
                for author in self.authors
            ],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": settings.WAGTAIL_SITE_NAME,
                "url": settings.SITE_URL + "/",
                "logo": {
                    "@type": "ImageObject",
                    "url": settings.SITE_URL + static("core/logo.png"),
                },
            },
            "keywords": [tag.name for tag in self.tags],
        }
        if self.section:
            data["articleSection"] = self.section.title
        if self.share_image:
            data["image"] = [self.share_image]
        return data


def _paginate(request, queryset):
    paginator = Paginator(queryset, SECTION_PAGE_SIZE)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404(_("No such page of results.")) from None
