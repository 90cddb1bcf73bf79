"""Junk inserted anywhere in a valid export (bytes, stray markup, a DTD, half a record)
never crashes the parsers, the import, its report or the admin's upload: each file
gets a report with its problems' lines, and what could be read is imported."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.imports import disqus as disqus_format
from newsroom.imports import wordpress as wordpress_format
from newsroom.imports.models import ImportRun
from newsroom.imports.records import CommentRecord, Problem, Source, ThreadRecord
from newsroom.imports.tests.builders import Post, WpComment, WpItem, disqus, disqus_thread, wxr
from newsroom.imports.tests.conftest import command, path_of

FRAGMENTS = [
    "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&nope;", "]]>", "<![CDATA[", "<!--", "-->",
    "<!DOCTYPE x [<!ENTITY a 'b'>]>", "<!ENTITY e SYSTEM 'file:///etc/passwd'>", "<?xml?>",
    "<?pi x?>", '"', "'", "=", "/", "\x00", "\x1b", "\ufeff", "\ud7ff", "é", "\u202e",
    "<item>", "</item>", "<item/>", "<wp:comment>", "</wp:comment>", "<wp:comment_id>",
    "<wp:comment_parent>9</wp:comment_parent>", "<post>", "</post>", '<post dsq:id="x">',
    "<thread>", "</thread>", '<thread dsq:id="t" />', '<parent dsq:id="1" />', "<x:y>",
    "<a b='1' b='2'>", "<id>", "</id>", "</disqus>", "</rss>", "</channel>", "<rss>",
    "<createdAt>2019-13-45</createdAt>", "<createdAt>9999-01-01T00:00:00Z</createdAt>",
    "\n", " ", "\t",
]  # fmt: skip
junk = st.one_of(
    st.binary(max_size=64),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
    st.text(max_size=32).map(lambda text: text.encode("utf-8", "surrogatepass")),
)
# (where, fraction of the file, what) inserted, one or more times.
insertions = st.lists(st.tuples(st.floats(0, 1), junk), min_size=1, max_size=3)


def _disqus_file(url: str = "https://old.example/a/") -> bytes:
    posts = [Post("1", "7", message="<p>One</p>"), Post("2", "7", parent="1", likes=2),
             Post("3", "7", deleted=True), Post("4", "7", parent="3")]  # fmt: skip
    return disqus([disqus_thread("7", url)], posts)


def _wordpress_file(url: str = "https://old.example/a/") -> bytes:
    comments = [WpComment("1"), WpComment("2", parent="1", content="Two"),
                WpComment("3", approved="spam"), WpComment("4", parent="9")]  # fmt: skip
    return wxr([WpItem("42", url, comments), WpItem("43", url + "b/", [WpComment("5")])])


def _with_junk(data: bytes, inserted: list[tuple[float, bytes]]) -> bytes:
    for where, what in inserted:
        at = int(where * len(data))
        data = data[:at] + what + data[at:]
    return data


@settings(max_examples=400, deadline=None)
@given(inserted=insertions, format=st.sampled_from(["disqus", "wordpress"]))
def test_the_parsers_read_any_junk_without_crashing(inserted, format):
    data = _with_junk(_disqus_file() if format == "disqus" else _wordpress_file(), inserted)
    parse = disqus_format.parse if format == "disqus" else wordpress_format.parse
    records = list(parse(io.BytesIO(data)))
    kinds = (Source, ThreadRecord, CommentRecord, Problem)
    assert all(isinstance(record, kinds) for record in records)
    lines = data.count(b"\n") + 1
    for record in records:
        if isinstance(record, Problem):
            assert record.message and 0 <= record.line <= lines, record
    assert sum(isinstance(record, Problem) and record.fatal for record in records) <= 1


@settings(max_examples=400, deadline=None)
@given(inserted=insertions, format=st.sampled_from(["disqus", "wordpress"]))
def test_junk_at_the_end_loses_no_comment(inserted, format):
    data = _disqus_file() if format == "disqus" else _wordpress_file()
    parse = disqus_format.parse if format == "disqus" else wordpress_format.parse
    clean = [r.key for r in parse(io.BytesIO(data)) if isinstance(r, CommentRecord)]
    junked = _with_junk(data, [(1.0, what) for _where, what in inserted])
    read = [r.key for r in parse(io.BytesIO(junked)) if isinstance(r, CommentRecord)]
    assert read == clean


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(inserted=insertions, format=st.sampled_from(["disqus", "wordpress"]))
def test_an_import_of_a_junked_file_ends_with_a_report(story, tmp_path, inserted, format):
    url = "https://old.example" + path_of(story)
    data = _disqus_file(url) if format == "disqus" else _wordpress_file(url)
    path = tmp_path / "export.xml"
    path.write_bytes(_with_junk(data, inserted))
    out = command("import_comments", format, str(path))
    run = ImportRun.objects.order_by("-pk").first()
    assert run.status == ImportRun.Status.FINISHED and out.startswith("Imported:")
    assert all(0 <= problem["line"] and problem["message"] for problem in run.errors)
    if run.error_count:
        assert f"Problems ({run.error_count}):" in out


@pytest.mark.django_db
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(inserted=insertions, format=st.sampled_from(["disqus", "wordpress"]), name=st.text())
def test_an_uploaded_junked_file_is_answered_without_a_server_error(
    client, story, admin_user, django_capture_on_commit_callbacks, inserted, format, name
):
    data = _disqus_file() if format == "disqus" else _wordpress_file()
    upload = SimpleUploadedFile((name.replace("\x00", "") or "x")[:200] + ".xml",
                                _with_junk(data, inserted))  # fmt: skip
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/comment-imports/", {"format": format, "file": upload})
    assert response.status_code in (302, 400), response.status_code
    run = ImportRun.objects.order_by("-pk").first()
    if response.status_code == 302:
        assert run.status == ImportRun.Status.FINISHED
        page = client.get(response["Location"])
        assert page.status_code == 200
        progress = client.get(response["Location"], HTTP_ACCEPT="application/json")
        assert progress.status_code == 200 and progress.json()["status"] == "finished"
