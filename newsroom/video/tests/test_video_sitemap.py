"""The video sitemap lists each live public video story with its videos' details."""

import pytest
from defusedxml import ElementTree

from newsroom.articles.tests.factories import make_article

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "v": "http://www.google.com/schemas/sitemap-video/1.1",
}


def test_it_lists_video_stories_with_their_videos(client, editions, ready_video, settings):
    story = make_article(title="Ferry sinks", lead_video=ready_video)
    make_article(title="Text only")
    make_article(title="Draft video", lead_video=ready_video, publish=False)

    response = client.get("/video-sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    urls = root.findall("s:url", NS)
    assert [url.findtext("s:loc", namespaces=NS) for url in urls] == [story.get_full_url()]
    video = urls[0].find("v:video", NS)
    assert video.findtext("v:title", namespaces=NS) == ready_video.title
    assert video.findtext("v:description", namespaces=NS) == ready_video.description
    assert (
        video.findtext("v:thumbnail_loc", namespaces=NS)
        == settings.SITE_URL + ready_video.poster_url()
    )
    assert (
        video.findtext("v:content_loc", namespaces=NS)
        == settings.SITE_URL + ready_video.fallback_url()
    )
    assert video.findtext("v:duration", namespaces=NS) == "2"


def test_robots_txt_names_the_video_sitemap(client):
    assert "/video-sitemap.xml" in client.get("/robots.txt").content.decode()
