"""A page's address on another site in its one form: the same page, the same thread."""

import pytest

from newsroom.articles.addresses import normalised_page_url

ONE_FORM = "https://blog.example/posts/harbour?id=7"


@pytest.mark.parametrize(
    "address",
    [
        "https://blog.example/posts/harbour?id=7",
        "HTTPS://Blog.Example/posts/harbour?id=7",
        "https://blog.example:443/posts/harbour?id=7",
        "https://blog.example/posts/harbour?id=7#comments",
        "https://blog.example/posts/harbour?utm_source=news&id=7&fbclid=abc&UTM_Medium=x",
        "  https://blog.example/posts/harbour?id=7&gclid=1&mc_cid=2  ",
    ],
)
def test_it_gives_the_same_page_one_address(address):
    assert normalised_page_url(address) == ONE_FORM


def test_it_keeps_what_tells_pages_apart():
    assert normalised_page_url("http://blog.example/a") == "http://blog.example/a"
    assert normalised_page_url("http://blog.example:8080/a") == "http://blog.example:8080/a"
    assert normalised_page_url("https://blog.example") == "https://blog.example/"
    # The path's case and other parameters are the site's own business.
    assert normalised_page_url("https://blog.example/A?page=2") == "https://blog.example/A?page=2"


@pytest.mark.parametrize(
    "address",
    ["", "blog.example/post", "javascript:alert(1)", "ftp://blog.example/x",
     "https://user:pw@blog.example/", "https://blog.example:99999/", "https:///x",
     "https://blog.example/" + "a" * 2100],
)  # fmt: skip
def test_it_refuses_what_is_not_a_web_page(address):
    assert normalised_page_url(address) is None
