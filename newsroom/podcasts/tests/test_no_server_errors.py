"""Whatever a visitor sends to the podcast pages, feeds and audio, never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.podcasts.tests.factories import make_episode, make_show

pytestmark = pytest.mark.django_db

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@pytest.fixture
def episode(editions):
    return make_episode(make_show())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tail=text, range_header=text)
def test_odd_paths_and_ranges_never_cause_a_server_error(client, episode, tail, range_header):
    show_url = episode.show.url
    for prefix in ("/en/podcasts/", show_url, show_url + "feed/", episode.url, "/audio/"):
        response = client.get(prefix + tail)
        assert response.status_code < 500, prefix + tail
    response = client.get(episode.audio.get_absolute_url(), HTTP_RANGE=range_header)
    assert response.status_code in (200, 206, 416)


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_writes_to_podcast_pages_are_refused_without_an_error(client, episode, method):
    for url in ("/en/podcasts/", episode.show.url, episode.show.url + "feed/", episode.url):
        response = getattr(client, method)(url)
        assert response.status_code == 405, url
