"""Exports of comments, site-wide or for one article: Disqus-compatible XML (so other
systems can import it) and JSON Lines (every field we hold). Both are produced as a
stream of chunks, a few thousand comments at a time, in bounded memory: the XML is
written element by element with an incremental writer, never built as a tree.

Disqus has no field for a comment awaiting moderation or for votes; the XML carries
them as <isApproved>, <likes> and <dislikes>, which Disqus ignores and our importer
reads.
"""

import io
import json
from collections.abc import Iterator
from datetime import UTC
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment
from newsroom.imports.database import no_mapped_reads
from newsroom.imports.models import ImportedAuthor

CHUNK = 2000
DISQUS_NS = "http://disqus.com"
DSQ_NS = "http://disqus.com/disqus-internals"
FORUM = "newsroom"

FIELDS = ("pk", "article_id", "parent_id", "created_at", "edited_at", "deleted_at", "status",
          "body", "body_html", "upvotes", "downvotes", "author_id", "author__email",
          "author__is_active", "author__profile__display_name", "imported_email")  # fmt: skip


def _comments(article_id: int | None) -> Iterator[dict]:
    """Every comment (of one article), oldest id first, by keyset pages."""
    placeholder_email = ImportedAuthor.objects.filter(user_id=OuterRef("author_id")).values(
        "email"
    )[:1]
    comments = Comment.objects.annotate(imported_email=Subquery(placeholder_email))
    if article_id is not None:
        comments = comments.filter(article_id=article_id)
    last = 0
    while True:
        page = list(comments.filter(pk__gt=last).order_by("pk").values(*FIELDS)[:CHUNK])
        if not page:
            return
        yield from page
        last = page[-1]["pk"]


def _articles(article_id: int | None) -> Iterator[ArticlePage]:
    if article_id is not None:
        yield from ArticlePage.objects.filter(pk=article_id)
        return
    with_comments = Comment.objects.values("article_id")
    last = 0
    while True:
        page = list(
            ArticlePage.objects.filter(pk__in=with_comments, pk__gt=last).order_by("pk")[:200]
        )
        if not page:
            return
        yield from page
        last = page[-1].pk


def _author(row: dict) -> dict:
    if row["author_id"] is None:
        return {"name": "deleted user", "email": "", "username": "", "anonymous": True}
    email = (row["author__email"] if row["author__is_active"] else "") or (
        row["imported_email"] or ""
    )
    return {
        "name": row["author__profile__display_name"] or "",
        "email": email,
        "username": f"newsroom-{row['author_id']}",
        "anonymous": not email,
    }


def _moment(value) -> str:
    """To the second, as Disqus writes them."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value else ""


def _exact(value) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


class _Xml:
    def __init__(self):
        self.buffer = io.StringIO()
        self.out = XMLGenerator(self.buffer, encoding="utf-8", short_empty_elements=True)

    def element(self, name: str, text: str = "", attributes: dict | None = None) -> None:
        self.out.startElement(name, AttributesImpl(attributes or {}))
        if text:
            self.out.characters(text)
        self.out.endElement(name)

    def take(self) -> bytes:
        data = self.buffer.getvalue().encode()
        self.buffer.seek(0)
        self.buffer.truncate()
        return data


def disqus_xml(article_id: int | None = None) -> Iterator[bytes]:
    no_mapped_reads()
    xml = _Xml()
    out = xml.out
    out.startDocument()
    out.startElement("disqus", AttributesImpl({"xmlns": DISQUS_NS, "xmlns:dsq": DSQ_NS}))
    out.startElement("category", AttributesImpl({"dsq:id": "1"}))
    xml.element("forum", FORUM)
    xml.element("title", "General")
    xml.element("isDefault", "true")
    out.endElement("category")
    for article in _articles(article_id):
        out.startElement("thread", AttributesImpl({"dsq:id": str(article.pk)}))
        xml.element("id", str(article.pk))
        xml.element("forum", FORUM)
        xml.element("category", attributes={"dsq:id": "1"})
        xml.element("link", article.get_full_url() or "")
        xml.element("title", article.title)
        xml.element("message")
        xml.element("createdAt", _moment(article.first_published_at or article.published_at))
        out.startElement("author", AttributesImpl({}))
        xml.element("name", settings.WAGTAIL_SITE_NAME)
        xml.element("isAnonymous", "false")
        out.endElement("author")
        xml.element("isClosed", "false" if article.comments_open() else "true")
        xml.element("isDeleted", "false")
        out.endElement("thread")
        yield xml.take()
    for count, row in enumerate(_comments(article_id), start=1):
        author = _author(row)
        out.startElement("post", AttributesImpl({"dsq:id": str(row["pk"])}))
        xml.element("id")
        xml.element("message", row["body_html"])
        xml.element("createdAt", _moment(row["created_at"]))
        xml.element("isDeleted", "true" if row["deleted_at"] else "false")
        xml.element("isSpam", "true" if row["status"] == Comment.Status.REJECTED else "false")
        xml.element("isApproved", "false" if row["status"] == Comment.Status.PENDING else "true")
        xml.element("likes", str(row["upvotes"]))
        xml.element("dislikes", str(row["downvotes"]))
        out.startElement("author", AttributesImpl({}))
        if author["email"]:
            xml.element("email", author["email"])
        xml.element("name", author["name"])
        xml.element("isAnonymous", "true" if author["anonymous"] else "false")
        if author["username"]:
            xml.element("username", author["username"])
        out.endElement("author")
        xml.element("thread", attributes={"dsq:id": str(row["article_id"])})
        if row["parent_id"]:
            xml.element("parent", attributes={"dsq:id": str(row["parent_id"])})
        out.endElement("post")
        if count % 200 == 0:
            yield xml.take()
    out.endElement("disqus")
    out.endDocument()
    yield xml.take() + b"\n"


def json_lines(article_id: int | None = None) -> Iterator[bytes]:
    def line(data: dict) -> bytes:
        return json.dumps(data, ensure_ascii=False).encode() + b"\n"

    no_mapped_reads()
    yield line({"type": "source", "name": settings.SITE_URL,
                "exported_at": _moment(timezone.now())})  # fmt: skip
    for article in _articles(article_id):
        yield line({"type": "thread", "id": str(article.pk), "url": article.get_full_url() or "",
                    "title": article.title})  # fmt: skip
    lines = []
    for row in _comments(article_id):
        lines.append(line({
            "type": "comment", "id": str(row["pk"]), "thread": str(row["article_id"]),
            "parent": str(row["parent_id"]) if row["parent_id"] else None,
            "created_at": _exact(row["created_at"]),
            "edited_at": _exact(row["edited_at"]),
            "deleted": row["deleted_at"] is not None, "status": row["status"],
            "author": _author(row), "body": row["body"], "body_html": row["body_html"],
            "upvotes": row["upvotes"], "downvotes": row["downvotes"],
        }))  # fmt: skip
        if len(lines) >= 200:
            yield b"".join(lines)
            lines = []
    yield b"".join(lines)


EXPORTERS = {"disqus": disqus_xml, "jsonl": json_lines}
EXTENSIONS = {"disqus": "xml", "jsonl": "jsonl"}
