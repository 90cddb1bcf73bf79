"""manage.py import_comments: a progress bar, a dry run that changes nothing, the final
report with counts per outcome, and clear refusals."""

import pytest
from django.core.management import CommandError, call_command

from newsroom.comments.models import Comment
from newsroom.imports.models import ImportRun
from newsroom.imports.tests.builders import Post, disqus, disqus_thread
from newsroom.imports.tests.conftest import command, path_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def export_file(story, tmp_path):
    posts = [Post("1", "7", message="<p>Hello</p>"), Post("2", "7", spam=True),
             Post("3", "7", created="never")]  # fmt: skip
    threads = [disqus_thread("7", "https://old.example" + path_of(story)),
               disqus_thread("8", "https://old.example/lost/", title="Lost")]  # fmt: skip
    path = tmp_path / "export.xml"
    path.write_bytes(disqus(threads, posts + [Post("4", "8")]))
    return path


def test_a_dry_run_reports_and_changes_nothing(export_file):
    out = command("import_comments", "disqus", str(export_file), "--dry-run")
    assert Comment.objects.count() == 0
    assert out.startswith("Dry run, nothing changed: export.xml")
    assert "comments published: 1" in out and "comments rejected (spam): 1" in out
    assert "threads matching no article: 1" in out
    assert "https://old.example/lost/  Lost" in out
    assert "skipped post 3: its date is missing or unreadable" in out


def test_the_import_reports_counts_per_outcome_and_draws_a_bar(export_file, capsys):
    call_command("import_comments", "disqus", str(export_file))
    captured = capsys.readouterr()
    assert "[##############################] 100%" in captured.err
    assert "Imported: export.xml" in captured.out
    assert "comments published: 1" in captured.out
    assert "comments in threads matching no article, skipped: 1" in captured.out
    assert Comment.objects.count() == 2
    assert ImportRun.objects.get().status == "finished"


def test_a_missing_file_or_map_is_refused(tmp_path, editions):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_comments", "disqus", str(tmp_path / "none.xml"))
    (tmp_path / "x.xml").write_text("<disqus/>")
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_comments", "disqus", str(tmp_path / "x.xml"), "--map", "nope.csv")
    with pytest.raises(CommandError, match="is not a time zone"):
        call_command("import_comments", "wordpress", str(tmp_path / "x.xml"),
                     "--time-zone", "Nowhere/Land")  # fmt: skip


def test_export_refuses_an_unknown_article(editions, tmp_path):
    with pytest.raises(CommandError, match="there is no article 999999"):
        call_command("export_comments", "disqus", str(tmp_path / "x.xml"), "--article", "999999")
