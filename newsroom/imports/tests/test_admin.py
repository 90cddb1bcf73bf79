"""The admin's import and export pages: only staff with the permission may upload,
watch an import or download an export; an upload runs as a background task whose
progress the page shows."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from newsroom.comments.models import Comment
from newsroom.imports.models import ImportRun
from newsroom.imports.tests.builders import Post, disqus, disqus_thread
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db

INDEX = "/admin/comment-imports/"


@pytest.fixture
def importer_editor(editor):
    editor.user_permissions.add(Permission.objects.get(codename="import_comments"))
    return editor


def _upload(story, **fields):
    data = disqus([disqus_thread("7", "https://old.example" + path_of(story))],
                  [Post("1", "7", message="<p>Uploaded</p>")])  # fmt: skip
    return {"format": "disqus", "file": SimpleUploadedFile("export.xml", data), **fields}


@pytest.mark.parametrize("who, expected", [
    # Wagtail answers a refusal inside the admin with a redirect: to sign in, or (for
    # staff without the permission) to the dashboard with "no permission".
    ("anonymous", "/admin/login/"), ("reader", "/admin/login/"), ("editor", "/admin/"),
    ("admin", 200), ("importer_editor", 200),
])  # fmt: skip
def test_only_staff_with_the_permission_see_the_page(client, editions, request, who, expected):
    if who != "anonymous":
        user = request.getfixturevalue("admin_user" if who == "admin" else who)
        client.force_login(user)
    response = client.get(INDEX)
    if expected == 200:
        assert response.status_code == 200 and "Import comments" in response.text
    else:
        assert response.status_code == 302
        assert response["Location"].split("?")[0] == expected


@pytest.mark.parametrize("who", ["anonymous", "reader", "editor"])
def test_others_can_neither_upload_nor_watch_nor_download(client, story, request, who, admin_user):
    run = ImportRun.objects.create(format="disqus", file_name="x.xml", created_by=admin_user)
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.post(INDEX, _upload(story)).status_code in (302, 403)
    assert client.get(f"{INDEX}{run.pk}/").status_code in (302, 403)
    assert client.get(f"{INDEX}export/?format=jsonl").status_code in (302, 403)
    assert ImportRun.objects.count() == 1 and Comment.objects.count() == 0


def test_an_upload_runs_in_the_background_and_the_page_shows_the_outcome(
    client, story, admin_user, django_capture_on_commit_callbacks
):
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(INDEX, _upload(story))
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{INDEX}{run.pk}/"
    assert run.status == "finished" and run.created_by == admin_user
    assert Comment.objects.get().body == "Uploaded"
    page = client.get(f"{INDEX}{run.pk}/")
    assert page.status_code == 200
    assert "comments published" in page.text and 'http-equiv="refresh"' not in page.text
    progress = client.get(f"{INDEX}{run.pk}/", HTTP_ACCEPT="application/json").json()
    assert progress["status"] == "finished" and progress["counts"]["published"] == 1


def test_the_upload_is_kept_outside_the_public_media(client, story, admin_user, settings):
    client.force_login(admin_user)
    client.post(INDEX, _upload(story))
    run = ImportRun.objects.get()
    path = run.file.path
    assert path.startswith(str(settings.DATA_DIR / "imports"))
    assert not path.startswith(str(settings.MEDIA_ROOT))


def test_a_queued_import_refreshes_its_page(client, editions, admin_user):
    run = ImportRun.objects.create(format="disqus", file_name="x.xml")
    client.force_login(admin_user)
    assert 'http-equiv="refresh"' in client.get(f"{INDEX}{run.pk}/").text


def test_a_bad_form_is_answered_with_its_errors(client, editions, admin_user):
    client.force_login(admin_user)
    response = client.post(INDEX, {"format": "gopher"})
    assert response.status_code == 400 and ImportRun.objects.count() == 0
    response = client.post(INDEX, _upload_bad_zone())
    assert response.status_code == 400 and "is not a time zone" in response.text


def _upload_bad_zone():
    return {"format": "wordpress", "file": SimpleUploadedFile("x.xml", b"<rss/>"),
            "time_zone": "Mars/Olympus"}  # fmt: skip


def test_a_second_import_waits_for_the_first(client, story, admin_user):
    ImportRun.objects.create(format="disqus", file_name="x.xml", status="running")
    client.force_login(admin_user)
    response = client.post(INDEX, _upload(story))
    assert response.status_code == 400 and "Another import is under way" in response.text


def test_a_run_whose_worker_died_blocks_nothing(client, story, admin_user):
    from datetime import timedelta

    from django.utils import timezone

    ImportRun.objects.create(format="disqus", file_name="x.xml", status="running",
                             updated_at=timezone.now() - timedelta(hours=1))  # fmt: skip
    client.force_login(admin_user)
    assert client.post(INDEX, _upload(story)).status_code == 302


def test_the_export_downloads_as_a_stream(client, story, admin_user, importer):
    importer("disqus", disqus([disqus_thread("7", "https://old.example" + path_of(story))],
                              [Post("1", "7", message="<p>Exported</p>")]))  # fmt: skip
    client.force_login(admin_user)
    response = client.get(f"{INDEX}export/?format=disqus&article={story.pk}")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Disposition"].startswith('attachment; filename="comments-')
    body = b"".join(response.streaming_content)
    assert b"&lt;p&gt;Exported&lt;/p&gt;" in body
    missing = client.get(f"{INDEX}export/?format=disqus&article=999999")
    assert missing.status_code == 302
