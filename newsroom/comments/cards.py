"""Comment cards rendered once and kept in the cache; threads assembled from them.

A card is one comment as the card template draws it: name, badges, date, body, score
and its links. It is rendered once per version of the comment and language, for each
of two kinds of viewer — signed out, or signed in and not its author — and kept in the
cache under a key made from everything the card shows (status, edit and delete times,
score, featured, the author's name and staff badge, ...), so any change to any of them
is a new key and nobody is ever served a stale card. What differs from one signed-in
reader to the next (their CSRF token, their own vote) is left as markers in the cached
text and filled in per request; a reader's own comments (with Edit and Delete, and held
ones with "Awaiting moderation") are drawn fresh for them, never cached.

The nesting around the cards (replies, "Show more replies", "Continue this thread") is
joined here from plain strings, so a page costs string joins, not template rendering.

A *shared* reader's thread (section.py keeps it for all signed-in readers) carries the
markers of every card, numbered by comment, and each card between its own markers, so
`fill_in` can put one reader's votes, reports and own cards in place in one pass.
"""

import hashlib
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsroom.comments.models import Report
from newsroom.comments.threads import Node

CARD_TEMPLATE = "comments/comment_body.html"
CARD_SECONDS = 24 * 3600
# Markers a cached card carries where each reader's own values go. They contain NUL,
# which no comment body, name or reason can hold (NUL is refused on the way in and
# stripped from rendered text), so no text can fake one.
CSRF_MARK = "\x00csrf\x00"
UP_MARK = "\x00up\x00"
DOWN_MARK = "\x00down\x00"
REPORT_START, REPORT_END = "\x00report\x00", "\x00/report\x00"
CARD_END = "\x00/card\x00"
# Markers of a shared section that are the same for the whole page.
FORM_KEY_MARK = "\x00key\x00"
NAME_MARK = "\x00name\x00"
SIGNED_OUT, READER, AUTHOR = "anon", "reader", "author"
# Every marker of a shared section: its name and, for a card's own, the comment's id.
_MARKER = re.compile("\x00(csrf|key|name|up|down|report|/report|card|/card)(?::([0-9]+))?\x00")


def _version(node: Node, article_url: str) -> str:
    comment = node.comment
    author = comment.author
    profile = getattr(author, "profile", None) if author is not None else None
    parts = (
        comment.pk,
        comment.status,
        comment.status_reason,
        comment.created_at.isoformat(),
        comment.edited_at.isoformat() if comment.edited_at else "",
        comment.deleted_at.isoformat() if comment.deleted_at else "",
        comment.score,
        comment.featured_at.isoformat() if comment.featured_at else "",
        comment.author_id or 0,
        comment.author_name,
        bool(profile and profile.is_staff_member),
        node.reply_to,
        article_url,
        len(comment.body_html),
        hashlib.blake2b(comment.body_html.encode(), digest_size=8).hexdigest(),
    )
    return hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()


def card_key(node: Node, article_url: str, viewer_kind: str) -> str:
    language = translation.get_language() or ""
    zone = timezone.get_current_timezone_name()
    return f"card:{viewer_kind}:{language}:{zone}:{_version(node, article_url)}"


@dataclass
class Viewer:
    """Who a thread is drawn for, and what their own parts need."""

    request: HttpRequest
    article_url: str
    user_id: int | None = None
    csrf: str = ""
    reported: set[int] = field(default_factory=set)  # comments this reader reported
    # Drawn for every signed-in reader at once: nobody's own cards, markers left in.
    shared: bool = False
    strings: dict = field(default_factory=dict)
    urls: dict = field(default_factory=dict)

    @classmethod
    def of(cls, request, article_url: str, *, shared: bool = False) -> "Viewer":
        # A shared thread reads nothing of whoever asks: not their user, not their session.
        user = None if shared else request.user
        signed_in = user is not None and user.is_authenticated
        return cls(
            request=request,
            article_url=article_url,
            user_id=user.pk if user is not None and signed_in else None,
            csrf=get_token(request) if signed_in else "",
            shared=shared,
            strings={
                "collapse": _("Collapse thread"),
                "continue": _("Continue this thread →"),
            },
            urls={
                # Built once per request by prefix, not reversed per comment.
                "replies": reverse("comments:replies", args=[1]).removesuffix("1/replies/"),
                "continue": reverse("comments:continue", args=[1]).removesuffix("1/thread/"),
            },
        )

    def kind_for(self, node: Node) -> str:
        if self.shared:
            return READER
        if self.user_id is None:
            return SIGNED_OUT
        return AUTHOR if node.comment.author_id == self.user_id else READER


def _render_card(node: Node, viewer: Viewer, kind: str) -> str:
    context = {
        "node": node,
        "article_url": viewer.article_url,
        "viewer_kind": kind,
    }
    if kind == READER:
        context |= {
            "csrf_token": CSRF_MARK,
            "vote_up": UP_MARK,
            "vote_down": DOWN_MARK,
            "report_start": REPORT_START,
            "report_end": REPORT_END,
        }
    elif kind == AUTHOR:
        context |= {"csrf_token": viewer.csrf}
    return render_to_string(CARD_TEMPLATE, context)


def walk(nodes: list[Node]):
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def cards_for(nodes: list[Node], viewer: Viewer) -> dict[int, str]:
    """Every card these nodes (and their replies) need, by comment id: cached cards
    from one cache read, the missing ones rendered and stored, the viewer's own drawn
    fresh; each reader's values filled in."""
    everything = list(walk(nodes))
    keys = {}
    for node in everything:
        kind = viewer.kind_for(node)
        if kind != AUTHOR:
            keys[node.comment.pk] = card_key(node, viewer.article_url, kind)
    found = cache.get_many(list(keys.values())) if keys else {}
    missing: dict[str, str] = {}
    cards: dict[int, str] = {}
    for node in everything:
        pk = node.comment.pk
        kind = viewer.kind_for(node)
        if kind == AUTHOR:
            html = _render_card(node, viewer, kind)
        else:
            kept = found.get(keys[pk])
            if kept is None:
                kept = missing[keys[pk]] = _render_card(node, viewer, kind)
            html = kept
        if kind == READER:
            html = _numbered(html, pk) if viewer.shared else _for_reader(html, node, viewer)
        cards[pk] = html
    if missing:
        cache.set_many(missing, CARD_SECONDS)
    return cards


def _for_reader(html: str, node: Node, viewer: Viewer) -> str:
    """A cached reader's card with this reader's own values in place of the markers."""
    html = (
        html.replace(CSRF_MARK, viewer.csrf)
        .replace(UP_MARK, "true" if node.my_vote == 1 else "false")
        .replace(DOWN_MARK, "true" if node.my_vote == -1 else "false")
    )
    start = html.find(REPORT_START)
    if start == -1:
        return html
    end = html.find(REPORT_END, start)
    if node.comment.pk in viewer.reported:
        done = f'<span class="action action--done">{escape(_("Reported"))}</span>'
        return html[:start] + done + html[end + len(REPORT_END) :]
    return html[:start] + html[start + len(REPORT_START) : end] + html[end + len(REPORT_END) :]


def _numbered(html: str, pk: int) -> str:
    """A reader's card for a shared section: its markers numbered, itself marked off."""
    return (
        f"\x00card:{pk}\x00"
        + html.replace(UP_MARK, f"\x00up:{pk}\x00")
        .replace(DOWN_MARK, f"\x00down:{pk}\x00")
        .replace(REPORT_START, f"\x00report:{pk}\x00")
        + CARD_END
    )


@dataclass
class ReaderParts:
    """One reader's own values for a shared section."""

    csrf: str
    form_key: str
    name: str
    votes: dict[int, int] = field(default_factory=dict)
    reported: set[int] = field(default_factory=set)
    own_cards: dict[int, str] = field(default_factory=dict)  # fresh cards, by comment


def fill_in(html: str, parts: ReaderParts) -> str:
    """A shared section with this reader's values in place of its markers: their CSRF
    token and form key, name, votes, "Reported", and their own cards (with Edit and
    Delete) in place of the shared ones. One pass over the text."""
    pieces = _MARKER.split(html)  # text, (name, id, text)*
    out = [pieces[0]]
    skipping = ""  # the end marker of a part being replaced
    reported = escape(_("Reported"))
    for i in range(1, len(pieces), 3):
        name, number, text = pieces[i], pieces[i + 1], pieces[i + 2]
        if skipping:
            if name != skipping:
                continue
            skipping = ""
        elif name == "csrf":
            out.append(parts.csrf)
        elif name == "key":
            out.append(parts.form_key)
        elif name == "name":
            out.append(parts.name)
        elif name in ("up", "down"):
            wanted = 1 if name == "up" else -1
            out.append("true" if parts.votes.get(int(number)) == wanted else "false")
        elif name == "report" and int(number) in parts.reported:
            out.append(f'<span class="action action--done">{reported}</span>')
            skipping = "/report"
            continue  # the text up to the end marker is what this replaces
        elif name == "card" and int(number) in parts.own_cards:
            out.append(parts.own_cards[int(number)])
            skipping = "/card"
            continue
        out.append(text)
    return "".join(out)


def author_card(node: Node, request, article_url: str) -> str:
    """A reader's own comment as they see it, with Edit and Delete (never cached)."""
    return _render_card(node, Viewer.of(request, article_url), AUTHOR)


def _more_link(url: str, label: str) -> str:
    target = escape(url)
    return (
        f'\n    <li class="load-more"><a href="{target}" hx-get="{target}" '
        f'hx-target="closest li" hx-swap="outerHTML">{escape(label)}</a></li>'
    )


def _node_html(node: Node, cards: dict[int, str], viewer: Viewer, out: list[str]) -> None:
    comment = node.comment
    pk = comment.pk
    flat = " comment--flat" if node.flat else ""
    out.append(f'<li class="comment comment--level-{node.level}{flat}" id="c{pk}">\n  ')
    out.append(cards[pk])
    out.append(f'\n  <div class="comment__reply-slot" id="reply-slot-{pk}"></div>\n  ')
    if node.children:
        expand = ngettext(
            "Expand thread (%(n)s reply)", "Expand thread (%(n)s replies)", comment.reply_count
        ) % {"n": comment.reply_count}
        out.append(
            '<details class="thread-toggle" open><summary><span class="thread-toggle__open">'
            f'{escape(viewer.strings["collapse"])}</span><span class="thread-toggle__closed">'
            f"{escape(expand)}</span></summary>"
        )
    out.append(f'\n  <ol class="replies" id="replies-{pk}">')
    for child in node.children:
        _node_html(child, cards, viewer, out)
    if node.more_replies:
        url = f"{viewer.urls['replies']}{pk}/replies/?level={node.level + 1}"
        if node.last_child_cursor:
            url += f"&after={node.last_child_cursor}"
        label = ngettext("Show %(n)s more reply", "Show %(n)s more replies", node.more_replies) % {
            "n": node.more_replies
        }
        out.append(_more_link(url, label))
    if node.continues:
        url = f"{viewer.urls['continue']}{pk}/thread/"
        out.append(
            f'\n    <li class="load-more"><a href="{escape(url)}">'
            f"{escape(viewer.strings['continue'])}</a></li>"
        )
    out.append("</ol>")
    if node.children:
        out.append("</details>")
    out.append("\n</li>")


def render_nodes(nodes: list[Node], request, article_url: str, *, shared: bool = False) -> str:
    """The list items of these nodes and their replies, as the page shows them; with
    `shared`, for every signed-in reader at once (see `fill_in`)."""
    viewer = Viewer.of(request, article_url, shared=shared)
    if viewer.user_id is not None:
        ids = [node.comment.pk for node in walk(nodes) if viewer.kind_for(node) == READER]
        if ids:
            viewer.reported = set(
                Report.objects.filter(reporter_id=viewer.user_id, comment_id__in=ids).values_list(
                    "comment_id", flat=True
                )
            )
    cards = cards_for(nodes, viewer)
    out: list[str] = []
    for node in nodes:
        _node_html(node, cards, viewer, out)
    return "".join(out)
