"""Which article an old thread belongs to, from its URL: a map of moved stories (CSV),
the article's own address, Wagtail's redirects (old slugs, moved pages), and a slug
that only one article has."""

import csv
import io
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from wagtail.contrib.redirects.models import Redirect

from newsroom.articles.models import ArticlePage

MAX_MAP_ROWS = 1_000_000


class MatchedBy:
    MAP = "map"
    URL = "url"
    REDIRECT = "redirect"
    SLUG = "slug"


def path_of(url: str) -> str:
    """The part of an address that survives a move to another domain, normalised:
    decoded, lower case, with slashes at both ends."""
    path = unquote(urlsplit(url.strip()).path).strip().lower()
    if not path.startswith("/"):
        path = "/" + path
    return path if path.endswith("/") else path + "/"


def read_map(file: BinaryIO) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """old URL -> article id or new URL, from a two-column CSV (a header line is
    allowed). Returns the map and the lines that could not be read."""
    mapping, problems = {}, []
    text = io.TextIOWrapper(file, encoding="utf-8-sig", errors="replace", newline="")
    for number, row in enumerate(csv.reader(text), start=1):
        if number > MAX_MAP_ROWS:
            problems.append((number, f"the map has more than {MAX_MAP_ROWS} lines; the rest"
                             " was not read"))  # fmt: skip
            break
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            problems.append((number, "a line of the map needs an old URL and an article"))
            continue
        old, new = row[0].strip(), row[1].strip()
        if number == 1 and not new.isdigit() and "/" not in new:
            continue  # a header
        mapping[path_of(old)] = new
    return mapping, problems


class ArticleMatcher:
    def __init__(self, mapping: dict[str, str] | None = None):
        self.mapping = mapping or {}

    def match(self, url: str, slug: str = "") -> tuple[int | None, str]:
        """(article id, how it was found), or (None, "")."""
        if url:
            target = self.mapping.get(path_of(url))
            if target:
                if target.isdigit():
                    found = ArticlePage.objects.filter(pk=int(target)).values_list("pk", flat=True)
                    article_id = found.first()
                else:
                    article_id, _how = self._by_address(target)
                if article_id:
                    return article_id, MatchedBy.MAP
            article_id, how = self._by_address(url)
            if article_id:
                return article_id, how
        if slug:
            article_id = self._only_one_with_slug(slug.lower())
            if article_id:
                return article_id, MatchedBy.SLUG
        return None, ""

    def _by_address(self, url: str) -> tuple[int | None, str]:
        path = path_of(url)
        segments = [segment for segment in path.split("/") if segment]
        if not segments:
            return None, ""
        slug = segments[-1]
        candidates = list(ArticlePage.objects.filter(slug=slug).select_related("locale"))
        for candidate in candidates:
            parts = candidate.get_url_parts()
            if parts and parts[2] and parts[2].lower() == path:
                return candidate.pk, MatchedBy.URL
        redirect = (
            Redirect.objects.filter(old_path=Redirect.normalise_path(path))
            .values_list("redirect_page_id", "redirect_link")
            .first()
        )
        if redirect:
            page_id, link = redirect
            if page_id and ArticlePage.objects.filter(pk=page_id).exists():
                return page_id, MatchedBy.REDIRECT
            if link and path_of(link) != path:
                for candidate in ArticlePage.objects.filter(slug=path_of(link).strip("/")
                                                            .rsplit("/", 1)[-1]):  # fmt: skip
                    parts = candidate.get_url_parts()
                    if parts and parts[2] and parts[2].lower() == path_of(link):
                        return candidate.pk, MatchedBy.REDIRECT
        if len(candidates) == 1:
            return candidates[0].pk, MatchedBy.SLUG
        return None, ""

    def _only_one_with_slug(self, slug: str) -> int | None:
        found = list(ArticlePage.objects.filter(slug=slug).values_list("pk", flat=True)[:2])
        return found[0] if len(found) == 1 else None
