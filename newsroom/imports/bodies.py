"""Comment bodies from other systems: their HTML cleaned to our allowlist, and a plain
text copy for the `body` field (what search, screening and the data download read)."""

import html
import re

import nh3

from newsroom.comments import markdown

BLOCK_TAGS = re.compile(r"<(p|ul|ol|blockquote|pre)[\s>]", re.IGNORECASE)
BREAKS = re.compile(r"<br\s*/?>\n?", re.IGNORECASE)
BLOCK_ENDS = re.compile(r"</(p|li|blockquote|pre|ul|ol)>", re.IGNORECASE)
MANY_NEWLINES = re.compile(r"\n{3,}")


def paragraphs(text: str) -> str:
    """WordPress stores comments as text with line breaks (and a little inline HTML) and
    adds paragraphs when it shows them; do the same once."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text or BLOCK_TAGS.search(text):
        return text
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    return "".join("<p>" + block.replace("\n", "<br>\n") + "</p>" for block in blocks)


def clean(source_html: str) -> str:
    return markdown.clean(source_html)


def plain_text(clean_html: str) -> str:
    text = BREAKS.sub("\n", clean_html)
    text = BLOCK_ENDS.sub("\n\n", text)
    text = html.unescape(nh3.clean(text, tags=set()))
    return MANY_NEWLINES.sub("\n\n", text).strip()
