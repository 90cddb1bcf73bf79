"""A WordPress WXR export: every export version, nesting, moderation states, pingbacks,
local and GMT dates, and WordPress's line breaks."""

from datetime import UTC, datetime

import pytest

from newsroom.comments.models import Comment, Discussion
from newsroom.imports.models import ImportedRecord
from newsroom.imports.tests.builders import WpComment, WpItem, wxr
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _item(story, comments, **fields) -> WpItem:
    return WpItem("42", "https://old.example" + path_of(story), comments, **fields)


def test_it_keeps_ten_levels_of_replies_given_in_any_order(story, importer):
    chain = [
        WpComment(str(level + 1), content=f"Level {level}", parent=str(level) if level else "0",
                  date_gmt=f"2019-05-01 10:{level:02d}:00")
        for level in range(11)
    ]  # fmt: skip
    run = importer("wordpress", wxr([_item(story, chain[5:] + chain[:5])]))
    comments = {c.body: c for c in Comment.objects.filter(article=story)}
    assert comments["Level 10"].depth == 10
    assert comments["Level 10"].root == comments["Level 0"]
    assert all(comments[f"Level {n}"].parent == comments[f"Level {n - 1}"] for n in range(1, 11))
    assert Discussion.objects.get(pk=story.pk).comment_count == 11
    assert ImportedRecord.objects.filter(source="wordpress:old.example").count() == 11
    assert run.error_count == 0


@pytest.mark.parametrize("namespace", [
    "http://wordpress.org/export/1.0/", "http://wordpress.org/export/1.1/",
    "http://wordpress.org/export/1.2/", "https://wordpress.org/export/1.2/",
])  # fmt: skip
def test_every_export_version_is_read(story, importer, namespace):
    importer("wordpress", wxr([_item(story, [WpComment("1")])], namespace=namespace))
    assert Comment.objects.get().body == "A comment."


def test_elements_of_another_namespace_are_not_taken_for_comments(story, importer):
    data = wxr([_item(story, [WpComment("1")])]).replace(
        b"<channel>", b'<channel xmlns:x="http://example.com/x">'
    ).replace(b"<wp:post_type>", b"<x:comment><x:comment_id>9</x:comment_id></x:comment>"
              b"<x:unknown>ignored</x:unknown><wp:post_type>")  # fmt: skip
    run = importer("wordpress", data)
    assert Comment.objects.count() == 1 and run.error_count == 0


def test_states_map_and_pingbacks_and_trackbacks_are_skipped(story, importer):
    comments = [
        WpComment("1", content="Approved"),
        WpComment("2", content="Waiting", approved="0"),
        WpComment("3", content="Cheap pills", approved="spam"),
        WpComment("4", content="Binned", approved="trash"),
        WpComment("5", content="Answer to the binned", parent="4"),
        WpComment("6", content="Linked from elsewhere", type="pingback"),
        WpComment("7", content="Tracked", type="trackback"),
    ]
    run = importer("wordpress", wxr([_item(story, comments)]))
    status = {c.body: (c.status, c.is_deleted) for c in Comment.objects.all()}
    assert status == {
        "Approved": ("published", False),
        "Waiting": ("pending", False),
        "Cheap pills": ("rejected", False),
        "": ("published", True),
        "Answer to the binned": ("published", False),
    }
    assert run.counts["pingbacks"] == 2


def test_gmt_dates_win_and_local_ones_use_the_given_time_zone(story, importer):
    comments = [
        WpComment("1", content="With GMT", date="2019-07-01 12:00:00",
                  date_gmt="2019-07-01 10:00:00"),
        WpComment("2", content="Local only", date="2019-07-01 12:00:00", date_gmt=None),
        WpComment("3", content="Zero GMT", date="2019-01-01 12:00:00",
                  date_gmt="0000-00-00 00:00:00"),
    ]  # fmt: skip
    importer("wordpress", wxr([_item(story, comments)]), time_zone="Europe/Berlin")
    created = dict(Comment.objects.values_list("body", "created_at"))
    assert created["With GMT"] == datetime(2019, 7, 1, 10, 0, tzinfo=UTC)
    assert created["Local only"] == datetime(2019, 7, 1, 10, 0, tzinfo=UTC)  # CEST, +2
    assert created["Zero GMT"] == datetime(2019, 1, 1, 11, 0, tzinfo=UTC)  # CET, +1


def test_line_breaks_become_paragraphs(story, importer):
    content = "First line\nsecond line\n\nA new paragraph & <em>emphasis</em>"
    importer("wordpress", wxr([_item(story, [WpComment("1", content=content)])]))
    comment = Comment.objects.get()
    assert comment.body_html == (
        "<p>First line<br>\nsecond line</p><p>A new paragraph &amp; <em>emphasis</em></p>"
    )
    assert comment.body == "First line\nsecond line\n\nA new paragraph & emphasis"


def test_items_are_matched_by_slug_when_the_old_address_differs(story, importer):
    item = WpItem("42", "https://old.example/2019/05/01/harbour/", [WpComment("1")],
                  slug=story.slug)  # fmt: skip
    run = importer("wordpress", wxr([item]))
    assert Comment.objects.get().article_id == story.pk
    assert run.counts["matched_by_slug"] == 1


def test_registered_wordpress_users_without_an_address_stay_apart(story, importer):
    comments = [WpComment("1", author="Sam", email="", user_id="3"),
                WpComment("2", author="Sam", email="", user_id="4"),
                WpComment("3", author="Sam", email="", user_id="3")]  # fmt: skip
    importer("wordpress", wxr([_item(story, comments)]))
    first, second, third = (Comment.objects.get(import_record__source_id=n) for n in "123")
    assert first.author == third.author != second.author
    assert first.author_name == second.author_name == "Sam"
