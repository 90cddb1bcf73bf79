"""Template tags of the video app: the player and a video's schema.org description."""

from django import template
from django.conf import settings

from newsroom.video.models import Video

register = template.Library()


@register.inclusion_tag("video/includes/player.html")
def video_player(video: Video, share_url: str = "", heading_id: str = "", title: str = "") -> dict:
    return {
        "video": video,
        "captions": list(video.captions.all()),
        "share_url": share_url,
        "heading_id": heading_id,
        "title": title or video.title,
    }


@register.inclusion_tag("video/includes/live_player.html")
def live_player(stream_url: str, heading_id: str = "") -> dict:
    return {"stream_url": stream_url, "heading_id": heading_id}


@register.simple_tag
def video_structured_data(video: Video, page=None) -> dict:
    """schema.org VideoObject for a video shown on `page` (an article, usually)."""
    site = settings.SITE_URL
    description = video.description or getattr(page, "standfirst", "") or video.title
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": video.title,
        "description": description,
        "thumbnailUrl": [site + video.poster_url()],
        "uploadDate": video.uploaded_at.isoformat(),
        "duration": video.iso_duration,
        "contentUrl": site + video.fallback_url(),
        "width": video.width,
        "height": video.height,
    }
    if page is not None:
        data["embedUrl"] = page.get_full_url()
    return data
