"""The video sitemap: every live public video story and the videos it plays."""

from django.conf import settings
from django.shortcuts import render

from newsroom.articles.models import ArticlePage, StoryLabel
from newsroom.core.page_cache import shared_cache
from newsroom.video.models import Video

LIMIT = 5000


def videos_of(article: ArticlePage, by_pk: dict[int, Video]) -> list[Video]:
    """The ready videos an article plays, lead first, each once."""
    pks = [article.lead_video_id] if article.lead_video_id else []
    pks += [
        block.value["video"].pk
        for block in article.body
        if block.block_type == "video" and block.value["video"]
    ]
    seen: list[Video] = []
    for pk in pks:
        video = by_pk.get(pk)
        if video is not None and video not in seen:
            seen.append(video)
    return seen


@shared_cache
def video_sitemap(request):
    articles = list(
        ArticlePage.objects.live()
        .public()
        .filter(label=StoryLabel.VIDEO)
        .newest_first()
        .select_related("locale")[:LIMIT]
    )
    by_pk = {video.pk: video for video in Video.objects.ready()}
    entries = [
        (article, article.get_full_url(request), videos)
        for article in articles
        if (videos := videos_of(article, by_pk))
    ]
    return render(
        request,
        "video/video_sitemap.xml",
        {"entries": entries, "site_url": settings.SITE_URL},
        content_type="application/xml; charset=utf-8",
    )
