"""Comment bodies: the Markdown subset, and no HTML outside the allowlist, whatever is sent."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.comments.markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render
from newsroom.comments.tests.factories import make_comment


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))


def _tags(html: str):
    collector = _Collector()
    collector.feed(html)
    return collector.found


NASTY = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<a href='javascript:alert(1)'>x</a>",
        '<div style="x" onclick="y">',
        "<svg onload=alert(1)>",
        "<iframe src=//evil>",
        "[a](https://ok.example/ 'title')",
        "**b** *i* `c`",
        "> quote\n\n- one\n- two\n\n1. x",
        "<https://ok.example/>",
        "![img](https://x/y.png)",
        "# heading",
        "&lt;script&gt;",
        "\x00\u202e",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(NASTY, st.text(max_size=40)), max_size=8).map("\n".join))
def test_only_allowlisted_tags_attributes_and_urls_survive(text):
    html = render(text)
    for tag, attrs in _tags(html):
        assert tag in ALLOWED_TAGS, html
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()) | ({"rel"} if tag == "a" else set())
            if name == "href":
                assert re.match(r"^(https?:|mailto:)", value or "", re.I), html
            if name == "rel":
                assert value == "nofollow ugc noopener"
    assert "<script" not in html.lower()


def test_the_subset_renders():
    html = render("**b** *i* `c`\n\n> q\n\n- a\n- b\n\n1. x\n2. y\n\n```\ncode\n```")
    for expected in ("<strong>b</strong>", "<em>i</em>", "<code>c</code>", "<blockquote>",
                     "<ul>", "<ol>", "<pre><code>code"):  # fmt: skip
        assert expected in html


def test_links_get_nofollow_ugc_noopener():
    assert render("[x](https://example.org)") == (
        '<p><a href="https://example.org" rel="nofollow ugc noopener">x</a></p>\n'
    )


def test_it_escapes_raw_html_instead_of_dropping_the_words():
    assert render("<b>hi</b>") == "<p>&lt;b&gt;hi&lt;/b&gt;</p>\n"


@pytest.mark.django_db
def test_it_escapes_script_in_display_names(client, editions, make_reader):
    user = make_reader("x")
    user.profile.display_name = "<script>alert(1)</script>"
    user.profile.save()
    comment = make_comment(author=user)
    html = client.get(comment.article.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
