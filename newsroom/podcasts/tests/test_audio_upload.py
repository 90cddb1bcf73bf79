"""Uploading audio in the admin: the duration, size and type are read from the file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from newsroom.podcasts.models import AudioFile
from newsroom.podcasts.tests.factories import mp3_bytes

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_podcasts_audiofile:add"


def _upload(client, name: str, content: bytes, content_type: str = "audio/mpeg"):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(reverse(ADD_URL), {"title": "Morning briefing", "file": upload})


def test_an_uploaded_mp3_has_its_duration_and_size_read(admin_client):
    content = mp3_bytes(seconds=4)

    response = _upload(admin_client, "morning.mp3", content)

    assert response.status_code == 302
    audio = AudioFile.objects.get()
    assert audio.title == "Morning briefing"
    assert audio.size_bytes == len(content)
    assert audio.duration_seconds == pytest.approx(4, abs=0.2)
    assert audio.duration == "0:04"
    assert audio.mime_type == "audio/mpeg"
    assert audio.file.read() == content


def test_a_file_that_is_not_audio_is_refused_with_a_reason(admin_client):
    response = _upload(admin_client, "notes.mp3", b"These are not sounds. " * 200)

    assert response.status_code == 200
    assert "Upload an MP3 or M4A audio file." in response.content.decode()
    assert not AudioFile.objects.exists()


def test_replacing_the_file_reads_the_new_one(admin_client):
    _upload(admin_client, "first.mp3", mp3_bytes(seconds=2))
    audio = AudioFile.objects.get()
    content = mp3_bytes(seconds=5, seed=2)

    response = admin_client.post(
        reverse("wagtailsnippets_podcasts_audiofile:edit", args=[audio.pk]),
        {"title": "Longer", "file": SimpleUploadedFile("second.mp3", content, "audio/mpeg")},
    )

    assert response.status_code == 302
    audio.refresh_from_db()
    assert audio.duration_seconds == pytest.approx(5, abs=0.2)
    assert audio.size_bytes == len(content)


def test_readers_cannot_upload_audio(client, reader):
    client.force_login(reader)
    response = _upload(client, "sneaky.mp3", mp3_bytes(seconds=1))
    assert response.status_code in (302, 403)
    assert not AudioFile.objects.exists()


def test_editors_and_reporters_may_upload_audio_after_setup(client, editor, reporter):
    call_command("setup_podcasts", verbosity=0)
    for person in (editor, reporter):
        client.force_login(person)
        assert _upload(client, f"{person.username}.mp3", mp3_bytes(seconds=1)).status_code == 302
    assert AudioFile.objects.count() == 2
