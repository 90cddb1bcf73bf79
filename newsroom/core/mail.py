"""The site's one way to write an email: a template triple rendered in the reader's
language, sent as text and HTML.

`<prefix>-subject.txt`, `<prefix>.txt` and `<prefix>.html`: the two text templates are
rendered by the "text" template engine, which does not HTML-escape (a reader called
O'Brien is "O'Brien" in a subject line, not "O&#x27;Brien"); the HTML part is escaped
as any page is. The digest (newsletters/sending.py) renders through `render` too, then
sends its own fast way.
"""

from dataclasses import dataclass

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

# The TEMPLATES entry (settings.py) with autoescape off, for plain-text parts.
TEXT_ENGINE = "text"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(template_prefix: str, context: dict, language: str) -> Rendered:
    """The subject, text and HTML of an email, in `language`."""
    with translation.override(language):
        subject = render_to_string(f"{template_prefix}-subject.txt", context, using=TEXT_ENGINE)
        text = render_to_string(f"{template_prefix}.txt", context, using=TEXT_ENGINE)
        html = render_to_string(f"{template_prefix}.html", context)
    # One line: a line break in a header would end it (and Django refuses to send it).
    return Rendered(subject=" ".join(subject.split()), text=text, html=html)


def unsubscribe_headers(url: str, mailto: str = "") -> dict[str, str]:
    """List-Unsubscribe with one-click unsubscribing (RFC 8058) at `url`, and a mailto:
    address for clients that only send mail."""
    links = f"<{url}>" + (f", <{mailto}>" if mailto else "")
    return {"List-Unsubscribe": links, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def send_templated(
    template_prefix: str,
    to: str | list[str],
    context: dict,
    language: str,
    *,
    headers: dict[str, str] | None = None,
    unsubscribe_url: str = "",
) -> None:
    """Render `<template_prefix>-subject.txt`, `.txt` and `.html` in `language` and send
    them as one multipart message; with `unsubscribe_url`, List-Unsubscribe headers."""
    rendered = render(template_prefix, context, language)
    all_headers = dict(headers or {})
    if unsubscribe_url:
        all_headers.update(unsubscribe_headers(unsubscribe_url))
    message = EmailMultiAlternatives(
        rendered.subject,
        rendered.text,
        to=[to] if isinstance(to, str) else list(to),
        headers=all_headers,
    )
    message.attach_alternative(rendered.html, "text/html")
    message.send()
