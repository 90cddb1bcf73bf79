"""An episode's audio at its stable address: whole, or by byte range so players can seek."""

import pytest

from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show

pytestmark = pytest.mark.django_db


@pytest.fixture
def audio(editions):
    return make_episode(make_show(), audio=make_audio(seconds=3)).audio


def _content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_whole_file_is_served_with_its_type_and_ranges_offered(client, audio):
    response = client.get(audio.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Accept-Ranges"] == "bytes"
    assert _content(response) == audio.file.open("rb").read()
    assert int(response["Content-Length"]) == audio.size_bytes


def test_a_byte_range_is_answered_with_206_and_just_those_bytes(client, audio):
    whole = audio.file.open("rb").read()
    response = client.get(audio.get_absolute_url(), HTTP_RANGE="bytes=100-199")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-199/{audio.size_bytes}"
    assert _content(response) == whole[100:200]


def test_an_open_ended_and_a_suffix_range_reach_the_end(client, audio):
    whole = audio.file.open("rb").read()
    response = client.get(audio.get_absolute_url(), HTTP_RANGE="bytes=1000-")
    assert _content(response) == whole[1000:]
    response = client.get(audio.get_absolute_url(), HTTP_RANGE="bytes=-50")
    assert response.status_code == 206
    assert _content(response) == whole[-50:]


def test_a_range_past_the_end_is_416(client, audio):
    response = client.get(audio.get_absolute_url(), HTTP_RANGE=f"bytes={audio.size_bytes}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{audio.size_bytes}"


def test_a_garbled_range_gets_the_whole_file(client, audio):
    response = client.get(audio.get_absolute_url(), HTTP_RANGE="bytes=oops")
    assert response.status_code == 200


def test_a_wrong_file_name_or_unknown_audio_is_404(client, audio):
    assert client.get(f"/audio/{audio.pk}/other.mp3").status_code == 404
    assert client.get(f"/audio/{audio.pk + 1000}/{audio.filename}").status_code == 404


def test_writes_are_refused(client, audio):
    assert client.post(audio.get_absolute_url()).status_code == 405


def test_without_serve_media_it_redirects_to_the_front_servers_copy(client, audio, settings):
    settings.SERVE_MEDIA = False
    response = client.get(audio.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == audio.file.url


def test_the_audio_of_a_draft_or_unpublished_episode_is_not_served(client, editions, editor):
    # The attack: an unpublished episode's audio was still served to anyone with its URL.
    show = make_show()
    draft = make_episode(show, publish=False, audio=make_audio(seconds=2))
    withdrawn = make_episode(show, audio=make_audio(seconds=2))
    withdrawn.unpublish()
    loose = make_audio(seconds=2)  # uploaded, used by no episode yet
    for audio in (draft.audio, withdrawn.audio, loose):
        assert client.get(audio.get_absolute_url()).status_code == 404
    # Editors preview drafts, so they hear them, and no shared cache keeps the answer.
    client.force_login(editor)
    response = client.get(draft.audio.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_audio_of_a_password_protected_episode_is_not_served(client, editions, reader):
    from wagtail.models import PageViewRestriction

    episode = make_episode(make_show(), audio=make_audio(seconds=2))
    PageViewRestriction.objects.create(
        page=episode, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    client.force_login(reader)
    assert client.get(episode.audio.get_absolute_url()).status_code == 404
