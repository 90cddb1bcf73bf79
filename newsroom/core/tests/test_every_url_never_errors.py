"""Every URL pattern the site answers, filled with odd values, never causes a server error.

The patterns come from walking the URL resolver (and the sub-pages of Wagtail's routable
pages), so a new view is covered the day it is added. Each path parameter gets values a
careless parser trips on: numbers beyond the database's integer range, 0, negative
numbers, other scripts' digits, NUL, quotes, long and non-Latin strings, and the ids of
real rows; each request carries odd query-string or form fields too. Every pattern is
asked with GET and POST, by an anonymous visitor and by a signed-in reader.
"""

import re
from urllib.parse import quote

import pytest
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.articles.models import ArticlePage, HomePage, SectionPage
from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.core.numbers import MAX_DATABASE_ID

pytestmark = pytest.mark.django_db

# Staff-only interfaces: every view there sits behind one sign-in check, so they are
# asked once each with odd ids (below) rather than fuzzed.
STAFF_PREFIXES = ("admin/", "django-admin/")

_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _walk(patterns, parts=()):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, (*parts, entry.pattern))
        else:
            yield (*parts, entry.pattern)


def _describe(parts) -> str:
    out = []
    for part in parts:
        if isinstance(part, LocalePrefixPattern):
            out.append("<language>/")
        elif isinstance(part, RoutePattern):
            out.append(part._route)
        else:
            out.append(part._regex)
    return "".join(out)


ALL_PATTERNS = {_describe(parts): parts for parts in _walk(get_resolver().url_patterns)}
# The live events stream is the one async view: Django's test client calls it through
# async_to_sync, which is refused in a worker where a browser test has left Playwright's
# event loop running in this thread. Its odd ids are asked in comments' own
# test_live_events.py, from a thread of its own.
ASYNC_ONLY = ("<language>/comments/<id:article_id>/events/",)
PUBLIC = sorted(
    name for name in ALL_PATTERNS if not name.startswith(STAFF_PREFIXES) and name not in ASYNC_ONLY
)
STAFF = sorted(name for name in ALL_PATTERNS if name.startswith(STAFF_PREFIXES))

# Placeholders for real rows, swapped for their ids when a request is made.
REAL = ["@article", "@comment", "@reader", "@audio", "@section", "@home"]
ODD = [
    "0",
    "-1",
    "1",
    "00001",
    str(MAX_DATABASE_ID),
    str(MAX_DATABASE_ID + 1),
    "9" * 20,
    "9" * 400,
    "1e3",
    "1.5",
    " 1",
    "١٢٣",  # Arabic-Indic digits: int() accepts them, a database id is not that
    "²",
    "\x00",
    "a\x00b",
    '"',
    "'",
    "\\",
    "%",
    "<script>",
    "NaN",
    "null",
    "true",
    "‮evil",  # right-to-left override
    "ü" * 300,
    "x" * 3000,
    "approve",
    "reject",
    "ban",
    "suspend",
    "episode.mp3",
]
text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
values = st.one_of(
    st.sampled_from(REAL),
    st.sampled_from(ODD),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    text,
)
FIELD_NAMES = [
    "q",
    "page",
    "sort",
    "after",
    "before",
    "comment",
    "ids",
    "tab",
    "article",
    "section",
    "level",
    "part",
    "next",
    "body",
    "parent",
    "value",
    "reason",
    "text",
    "email",
    "edition",
    "password",
    "display_name",
    "token",
]
fields = st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), text), values, max_size=4)
languages = st.sampled_from(["en", "ar", "sr", "xx"])


@pytest.fixture
def world(editions, reader, other_reader, settings, tmp_path):
    from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show

    settings.MEDIA_ROOT = tmp_path / "media"
    article = make_article()
    comment = make_comment(article=article, author=other_reader)
    make_comment(article=article, author=reader, parent=comment)
    show = make_show()
    episode = make_episode(show)
    return {
        "@article": str(article.pk),
        "@comment": str(comment.pk),
        "@reader": str(reader.pk),
        "@audio": str(episode.audio_id or make_audio().pk),
        "@section": str(article.get_parent().pk),
        "@home": str(editions.pk),
        "show": show,
    }


def _fill(value: str, world: dict) -> str:
    return world.get(value, value)


def _segment(value: str) -> str:
    # Percent-encoded as a browser would send it; Django decodes it before routing.
    return quote(value, safe="")


def _path(parts, draw, world) -> str:
    out = []
    for part in parts:
        if isinstance(part, LocalePrefixPattern):
            out.append(draw(languages) + "/")
        elif isinstance(part, RoutePattern):
            route = part._route
            out.append(_PARAMETER.sub(lambda _m: _segment(_fill(draw(values), world)), route))
        elif isinstance(part, RegexPattern):
            regex = part._regex.removeprefix("^").removesuffix("$")
            matching = st.from_regex(regex, fullmatch=True) if regex else st.just("")
            out.append(
                "".join(_segment(c) if c not in "/" else c for c in draw(st.one_of(matching, text)))
            )
    return "/" + "".join(out)


def _ask(client, path: str, data: dict, world: dict) -> None:
    data = {key: _fill(value, world) for key, value in data.items()}
    for method in (client.get, client.post):
        response = method(path, data)
        assert response.status_code < 500, (method.__name__, path, data)


FUZZ = settings(
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _as(client, reader, signed_in: bool) -> None:
    if signed_in:
        client.force_login(reader)  # again each time: an example may have signed out
    else:
        client.logout()


# One example asks every pattern once (the world's rows are made once per test, which
# is what costs); so each pattern gets max_examples differently filled requests.
@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "reader"])
@FUZZ
@given(data=st.data())
def test_no_public_url_answers_a_server_error(client, world, reader, signed_in, data):
    for pattern in PUBLIC:
        _as(client, reader, signed_in)
        path = _path(ALL_PATTERNS[pattern], data.draw, world)
        _ask(client, path, data.draw(fields), world)


def _routable_pages(world) -> list[tuple[str, str]]:
    """(page URL, sub-page route) for every route of every routable page type."""
    pages = [
        HomePage.objects.get(pk=world["@home"]),
        SectionPage.objects.get(pk=world["@section"]),
        world["show"],
        ArticlePage.objects.get(pk=world["@article"]),
    ]
    found = []
    for page in pages:
        routes = getattr(page.specific, "get_subpage_urls", list)()
        for entry in routes:
            found.append((page.url, entry.pattern._route))
    return found


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "reader"])
@FUZZ
@given(data=st.data())
def test_no_sub_page_of_a_routable_page_answers_a_server_error(
    client, world, reader, signed_in, data
):
    for page_url, route in _routable_pages(world):
        _as(client, reader, signed_in)
        tail = _PARAMETER.sub(lambda _m: _segment(_fill(data.draw(values), world)), route)
        _ask(client, page_url + tail, data.draw(fields), world)


def _odd_fill(parts) -> str:
    out = []
    for part in parts:
        if isinstance(part, LocalePrefixPattern):
            out.append("en/")
        elif isinstance(part, RoutePattern):
            out.append(_PARAMETER.sub("9" * 20, part._route))
        else:  # a regex: a value that matches most of Wagtail's and Django's
            out.append(re.sub(r"\(.*?\)[*+?]?|\\d\+|[\^$]", "99999999999999999999", part._regex))
    return "/" + "".join(out)


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "reader"])
def test_staff_interfaces_turn_visitors_away_without_a_server_error(client, reader, signed_in):
    if signed_in:
        client.force_login(reader)
    for pattern in STAFF:
        path = _odd_fill(ALL_PATTERNS[pattern])
        response = client.get(path)
        assert response.status_code < 500, path
