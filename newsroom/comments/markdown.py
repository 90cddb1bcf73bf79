"""Comment bodies: a small Markdown subset rendered to HTML, then sanitised.

Readers get bold, italic, quotes, code, lists and links. markdown-it never passes raw
HTML through (html=False), and nh3 then removes anything outside the allowlist, so
even a bug in the Markdown layer cannot let script or event handlers through.
"""

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "strong", "em", "blockquote", "code", "pre", "ul", "ol", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

_markdown = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False}).disable(
    ["image", "heading", "lheading", "hr", "html_block", "html_inline", "reference"]
)


def _only_allowlisted(tag: str, attribute: str, value: str) -> str | None:
    # nh3 keeps ammonia's generic attributes (title, lang) on every tag; we do not.
    if tag == "a" and attribute == "rel":
        return LINK_REL
    return value if attribute in ALLOWED_ATTRIBUTES.get(tag, ()) else None


def render(text: str) -> str:
    return clean(_markdown.render(text))


def clean(html: str) -> str:
    """Any HTML (a rendered body, or one imported from another system) cut down to the
    allowlist."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        attribute_filter=_only_allowlisted,
        strip_comments=True,
    )
