"""Files that are broken somewhere: a bad record is reported with its line and skipped,
XML that breaks part-way keeps everything before the break, and junk or a byte-order
mark before the XML is stepped over."""

import pytest

from newsroom.comments.models import Comment
from newsroom.imports.tests.builders import DISQUS_HEAD, Post, WpComment, WpItem, disqus, wxr
from newsroom.imports.tests.builders import disqus_thread as thread
from newsroom.imports.tests.conftest import path_of

pytestmark = pytest.mark.django_db


def _line_of(data: bytes, marker: bytes) -> int:
    return data[: data.index(marker)].count(b"\n") + 1


def _posts(story, count=5, **changes) -> list[Post]:
    return [Post(str(n), "7", message=f"<p>Post {n}</p>", **changes.get(n, {}))
            for n in range(1, count + 1)]  # fmt: skip


def _thread(story) -> str:
    return thread("7", "https://old.example" + path_of(story))


def _bodies() -> set[str]:
    return set(Comment.objects.values_list("body", flat=True))


def test_a_record_with_a_bad_date_or_no_thread_is_skipped_with_its_line(story, importer):
    posts = _posts(story, 5)
    posts[1].created = "yesterday, about noon"
    posts[3].thread = ""
    data = disqus([_thread(story)], posts)
    run = importer("disqus", data)
    assert _bodies() == {"Post 1", "Post 3", "Post 5"}
    assert {problem["line"]: problem["message"] for problem in run.errors} == {
        _line_of(data, b'dsq:id="2"'): "skipped post 2: its date is missing or unreadable",
        _line_of(data, b'dsq:id="4"'): "skipped post 4: it names no thread",
    }
    assert run.counts["problems"] == 2 and run.status == "finished"


def test_xml_broken_inside_one_record_loses_that_record_only(story, importer):
    posts = _posts(story, 5)
    posts[2].message = "]]>Tom & Jerry<![CDATA["  # a bare ampersand: not well-formed
    data = disqus([_thread(story)], posts)
    run = importer("disqus", data)
    # Post 3's own <thread dsq:id="7" /> comes after the break: a reference, not a
    # record, so reading goes on at post 4.
    assert _bodies() == {"Post 1", "Post 2", "Post 4", "Post 5"}
    [problem] = run.errors
    assert problem["line"] == _line_of(data, b'dsq:id="3"')
    assert problem["message"].startswith("the XML is broken here")
    went_on = _line_of(data, b'dsq:id="4"')
    assert problem["message"].endswith(f"skipped and reading went on at line {went_on}")
    assert run.counts["problems"] == 1 and run.status == "finished"


def test_records_after_a_break_keep_their_own_line_numbers(story, importer):
    posts = _posts(story, 4)
    posts[0].message = "]]><b>unclosed<![CDATA["
    posts[3].created = "whenever"
    data = disqus([_thread(story)], posts)
    run = importer("disqus", data)
    assert _bodies() == {"Post 2", "Post 3"}
    assert [problem["line"] for problem in run.errors] == [
        _line_of(data, b'<post dsq:id="1"'),
        _line_of(data, b'<post dsq:id="4"'),
    ]


def test_line_numbers_stay_right_after_several_breaks(story, importer):
    posts = _posts(story, 6)
    posts[0].message = posts[2].message = "]]>&<![CDATA["
    posts[4].created = "whenever"
    data = b"PHP Notice: junk\n" + disqus([_thread(story)], posts)
    run = importer("disqus", data)
    assert _bodies() == {"Post 2", "Post 4", "Post 6"}
    lines = [_line_of(data, f'<post dsq:id="{n}"'.encode()) for n in (1, 2, 3, 4, 5)]
    assert [problem["line"] for problem in run.errors[1:]] == [lines[0], lines[2], lines[4]]
    assert run.errors[2]["message"].endswith(f"reading went on at line {lines[3]}")


@pytest.mark.parametrize("prefix", ["wp", "wordpress"])
def test_a_wordpress_comment_broken_inside_its_item_loses_only_itself(story, importer, prefix):
    from newsroom.articles.tests.factories import make_article

    other = make_article(title="Ferry strike", with_image=False)
    comments = [WpComment("1", content="Kept"), WpComment("2", content="]]>a & b<![CDATA["),
                WpComment("3", content="Same item", parent="1"),
                WpComment("5", content="Also kept")]  # fmt: skip
    for comment in comments:
        comment.prefix = prefix
    items = [WpItem("1", "https://old.example" + path_of(story), comments),
             WpItem("2", "https://old.example" + path_of(other),
                    [WpComment("4", content="Next story", prefix=prefix)])]  # fmt: skip
    data = wxr(items, prefix=prefix)
    run = importer("wordpress", data)
    assert _bodies() == {"Kept", "Same item", "Also kept", "Next story"}
    same = Comment.objects.get(body="Same item")
    assert same.article_id == story.pk and same.parent.body == "Kept" and same.depth == 1
    assert Comment.objects.get(body="Next story").article_id == other.pk
    [problem] = run.errors
    broken, went_on = _line_of(data, b"]]>a & b"), _line_of(data, b"Same item")
    assert problem["line"] == broken and broken + 1 == went_on
    assert problem["message"].endswith(
        f"; the <comment> from line {broken} was skipped and reading went on at line {went_on}"
    )
    assert run.counts["problems"] == 1 and run.counts["published"] == 4


def test_a_wordpress_comment_left_unclosed_loses_only_itself(story, importer):
    comments = [WpComment("1", content="Kept"), WpComment("2", content="Unclosed"),
                WpComment("3", content="After it"), WpComment("4", content="Last")]  # fmt: skip
    data = wxr([WpItem("1", "https://old.example" + path_of(story), comments)])
    end = data.index(b"</wp:comment>", data.index(b"Unclosed"))
    data = data[:end] + data[end + len(b"</wp:comment>") :]
    run = importer("wordpress", data)
    # expat sees the missing end tag only at </item>, with comments 3 and 4 read as
    # part of comment 2: they are read again from comment 2's start.
    assert _bodies() == {"Kept", "After it", "Last"}
    [problem] = run.errors
    lost = _line_of(data, b"Unclosed")
    assert f"the <comment> from line {lost} was skipped" in problem["message"]
    assert problem["message"].endswith(f"reading went on at line {_line_of(data, b'After it')}")


def test_a_wordpress_item_broken_in_its_last_comment_goes_on_with_the_next_item(story, importer):
    from newsroom.articles.tests.factories import make_article

    other = make_article(title="Ferry strike", with_image=False)
    items = [WpItem("1", "https://old.example" + path_of(story),
                    [WpComment("1", content="Kept"), WpComment("2", content="]]>&<![CDATA[")]),
             WpItem("2", "https://old.example" + path_of(other),
                    [WpComment("4", content="Next story")])]  # fmt: skip
    run = importer("wordpress", wxr(items))
    assert _bodies() == {"Kept", "Next story"}
    assert Comment.objects.get(body="Next story").article_id == other.pk
    assert Comment.objects.get(body="Kept").article_id == story.pk
    assert len(run.errors) == 1


def test_a_file_broken_again_and_again_stops_after_so_many_breaks(story, importer, monkeypatch):
    from newsroom.imports import xmlstream

    monkeypatch.setattr(xmlstream, "MAX_RESUMES", 2)
    posts = _posts(story, 6)
    for post in posts[1:4]:
        post.message = "]]>&<![CDATA["
    run = importer("disqus", disqus([_thread(story)], posts))
    assert _bodies() == {"Post 1"}
    assert run.errors[-1]["message"].endswith("reading stopped")
    assert len(run.errors) == 3


def test_a_file_cut_short_keeps_the_whole_records(story, importer):
    data = disqus([_thread(story)], _posts(story, 3))
    cut = data[: data.index(b"Post 3")]
    run = importer("disqus", cut)
    assert _bodies() == {"Post 1", "Post 2"}
    assert "reading stopped" in run.errors[-1]["message"]


def test_junk_before_the_xml_is_stepped_over_and_reported(story, importer):
    junk = b"PHP Warning: something failed in export.php on line 12\n\n"
    run = importer("disqus", junk + disqus([_thread(story)], _posts(story, 2)))
    assert _bodies() == {"Post 1", "Post 2"}
    assert run.errors == [{"line": 1, "message": f"skipped {len(junk.strip()) + 2} bytes before"
                                                 " the start of the XML"}]  # fmt: skip


def test_a_byte_order_mark_is_fine_even_after_junk(story, importer):
    data = disqus([_thread(story)], _posts(story, 2))
    run = importer("disqus", b"\xef\xbb\xbf" + data)
    assert _bodies() == {"Post 1", "Post 2"} and run.errors == []
    Comment.objects.all().delete()
    run = importer("disqus", b"\n\n\xef\xbb\xbf" + data.replace(b'dsq:id="1"', b'dsq:id="11"'))
    assert "Post 1" in _bodies() and run.errors == []


def test_a_record_too_large_is_skipped_and_the_rest_read(story, importer):
    posts = _posts(story, 3)
    posts[1].message = "x" * 2_100_000
    run = importer("disqus", disqus([_thread(story)], posts))
    assert _bodies() == {"Post 1", "Post 3"}
    assert "more than 2000000 characters" in run.errors[0]["message"]


def test_a_wordpress_file_given_as_disqus_is_refused_with_a_message(story, importer):
    run = importer("disqus", wxr([WpItem("1", "https://old.example/x/", [WpComment("1")])]))
    assert Comment.objects.count() == 0
    assert run.errors[0]["message"] == "not a Disqus export (it starts with <rss>)"


def test_a_wordpress_comment_without_an_id_is_skipped(story, importer):
    item = WpItem("1", "https://old.example" + path_of(story),
                  [WpComment("", content="No id"), WpComment("2", content="Fine")])  # fmt: skip
    run = importer("wordpress", wxr([item]))
    assert _bodies() == {"Fine"}
    assert run.errors[0]["message"] == "skipped a comment without a comment_id"


def test_json_lines_skips_bad_lines_and_keeps_the_good(story, importer):
    lines = [
        b'{"type": "source", "name": "https://old.example"}',
        b'{"type": "thread", "id": "7", "url": "https://old.example' + path_of(story).encode()
        + b'"}',
        b'{"type": "comment", "id": "1", "thread": "7", "created_at": "2019-01-01T00:00:00Z",'
        b' "status": "published", "body": "Good", "body_html": "<p>Good</p>", "author": {}}',
        b"{not json",
        b"[1, 2]",
        b"[" * 100_000,
        b'{"type": "comment", "id": "2", "thread": "7", "created_at": "soon"}',
        b'{"type": "comment", "id": "3", "thread": "7", "created_at": "2019-01-02T00:00:00Z",'
        b' "status": "published", "body": "Also good", "body_html": "<p>Also good</p>"}',
    ]  # fmt: skip
    run = importer("jsonl", b"\n".join(lines) + b"\n")
    assert _bodies() == {"Good", "Also good"}
    assert [problem["line"] for problem in run.errors] == [4, 5, 6, 7]


def test_the_disqus_head_written_by_hand_is_read(story, importer):
    head = DISQUS_HEAD.replace('<?xml version="1.0" encoding="utf-8"?>\n', "")
    importer("disqus", disqus([_thread(story)], _posts(story, 1), head=head))
    assert _bodies() == {"Post 1"}
