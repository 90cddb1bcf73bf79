"""Optional error reports to Sentry (or any server that speaks its protocol, such as
GlitchTip), started by settings only when SENTRY_DSN is set: otherwise sentry_sdk is
never imported and nothing is sent.

What leaves the site is scrubbed first (`scrub_event`): readers' email addresses and
network addresses wherever they appear, posted form data (comment bodies, passwords),
cookies and identifying headers, any field that holds a comment's text, and the user
down to an id. Local variables of stack frames are never collected."""

import ipaddress
import re
from typing import Any

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
# Candidates only: each is kept unless it really is an IPv6 address (so "10:42:07" stays).
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
# Keys whose values are readers' words (a comment's text, a report's note) or secrets.
REMOVED_KEYS = {
    "body", "body_html", "published_body", "text", "excerpt", "comment", "note",
    "password", "password1", "password2", "token", "secret", "csrfmiddlewaretoken",
}  # fmt: skip
REMOVED_HEADERS = {
    "cookie", "authorization", "x-forwarded-for", "x-real-ip", "forwarded", "x-csrftoken",
}  # fmt: skip
REMOVED = "[removed]"


def _ipv6_or_kept(match: re.Match) -> str:
    try:
        ipaddress.IPv6Address(match.group())
    except ValueError:
        return match.group()
    return "[ip]"


def scrub_text(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = IPV4.sub("[ip]", text)
    return IPV6.sub(_ipv6_or_kept, text)


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {
            key: REMOVED if str(key).lower() in REMOVED_KEYS else _scrub(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_scrub(item) for item in value]
    return value


def _scrub_request(request: dict) -> dict:
    request = dict(request)
    for field in ("data", "cookies"):
        if request.get(field):
            request[field] = REMOVED
    headers = request.get("headers")
    if isinstance(headers, dict):
        request["headers"] = {
            name: REMOVED if name.lower() in REMOVED_HEADERS else value
            for name, value in headers.items()
        }
    env = request.get("env")
    if isinstance(env, dict):
        request["env"] = {name: value for name, value in env.items() if name != "REMOTE_ADDR"}
    return request


def scrub_event(event: dict, hint: dict | None = None) -> dict:
    """Sentry's before_send: the event as it may leave the site."""
    event = dict(event)
    if isinstance(event.get("request"), dict):
        event["request"] = _scrub_request(event["request"])
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    return _scrub(event)


def scrub_breadcrumb(crumb: Any, hint: Any = None) -> Any:
    return _scrub(crumb)


# Sentry types its hooks with its own Event TypedDict; these take and give plain dicts.
def before_send(event: Any, hint: Any = None) -> Any:
    """Tag the event with the request it happened in (the id in the log and the
    X-Request-ID header), then scrub it."""
    from newsroom.operations.request_context import current_request_id

    request_id = current_request_id.get()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return scrub_event(event, hint)


def start(dsn: str, environment: str) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=0.0,
        before_send=before_send,
        before_breadcrumb=scrub_breadcrumb,
    )
