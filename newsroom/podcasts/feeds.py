"""A show's podcast feed: RSS 2.0 with Apple's iTunes namespace, as podcast apps read it."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

from newsroom.podcasts.audio import clock
from newsroom.podcasts.models import ARTWORK_RENDITION, EpisodePage, ShowPage

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
CONTENT = "http://purl.org/rss/1.0/modules/content/"


def _yes_no(flag: bool) -> str:
    return "true" if flag else "false"


class ITunesRssFeed(Rss201rev2Feed):
    """RSS 2.0 plus the itunes: elements for the channel and each item."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES, "xmlns:content": CONTENT}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        show = self.feed
        handler.addQuickElement("itunes:author", show["itunes_author"])
        handler.addQuickElement("itunes:summary", show["description"])
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", show["itunes_owner_name"])
        handler.addQuickElement("itunes:email", show["itunes_owner_email"])
        handler.endElement("itunes:owner")
        if show["itunes_image"]:
            handler.addQuickElement("itunes:image", attrs={"href": show["itunes_image"]})
        parent, _sep, child = show["itunes_category"].partition(" > ")
        handler.startElement("itunes:category", {"text": parent})
        if child:
            handler.addQuickElement("itunes:category", attrs={"text": child})
        handler.endElement("itunes:category")
        handler.addQuickElement("itunes:explicit", show["itunes_explicit"])
        handler.addQuickElement("itunes:type", "episodic")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:title", item["title"])
        handler.addQuickElement("itunes:duration", item["itunes_duration"])
        handler.addQuickElement("itunes:explicit", item["itunes_explicit"])
        handler.addQuickElement("itunes:episodeType", "full")
        if item["itunes_episode"] is not None:
            handler.addQuickElement("itunes:episode", str(item["itunes_episode"]))
        if item["itunes_season"] is not None:
            handler.addQuickElement("itunes:season", str(item["itunes_season"]))
        if item["itunes_image"]:
            handler.addQuickElement("itunes:image", attrs={"href": item["itunes_image"]})
        handler.addQuickElement("content:encoded", item["content_encoded"])


def _artwork_url(image) -> str:
    return settings.SITE_URL + image.get_rendition(ARTWORK_RENDITION).url if image else ""


class ShowFeed(Feed):
    """The feed of one show, built per request from its live, playable episodes."""

    feed_type = ITunesRssFeed
    limit = 300

    def __init__(self, show: ShowPage):
        super().__init__()
        self.show = show
        self.language = show.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.show.title

    def link(self):
        return self.show.url

    def description(self):
        return self.show.description

    def author_name(self):
        return self.show.author

    def feed_copyright(self):
        return f"© {settings.WAGTAIL_SITE_NAME}"

    def feed_extra_kwargs(self, obj):
        show = self.show
        return {
            "itunes_author": show.author,
            "itunes_owner_name": show.owner_name,
            "itunes_owner_email": show.owner_email,
            "itunes_image": _artwork_url(show.artwork),
            "itunes_category": show.category,
            "itunes_explicit": _yes_no(show.explicit),
        }

    def items(self):
        return self.show.episodes().select_related("audio", "artwork", "locale")[: self.limit]

    def item_title(self, item: EpisodePage):
        return item.title

    def item_description(self, item: EpisodePage):
        # Block tags become spaces, so list items and paragraphs do not run together.
        return " ".join(strip_tags(expand_db_html(item.show_notes).replace("<", " <")).split())

    def item_link(self, item: EpisodePage):
        return item.get_full_url(self.request)

    def item_guid(self, item: EpisodePage):
        return item.guid

    item_guid_is_permalink = False

    def item_pubdate(self, item: EpisodePage):
        return item.published_at

    def item_updateddate(self, item: EpisodePage):
        return item.last_published_at

    def item_author_name(self, item: EpisodePage):
        return self.show.author

    def item_enclosures(self, item: EpisodePage):
        audio = item.audio
        return [Enclosure(audio.full_url(), str(audio.size_bytes), audio.mime_type)]

    def item_extra_kwargs(self, item: EpisodePage):
        return {
            "itunes_duration": clock(item.audio.duration_seconds),
            "itunes_explicit": _yes_no(item.explicit or self.show.explicit),
            "itunes_episode": item.episode_number,
            "itunes_season": item.season,
            "itunes_image": _artwork_url(item.artwork),
            "content_encoded": expand_db_html(item.show_notes),
        }
