"""Which other sites may embed the comment section: EMBED_ALLOWED_ORIGINS, read by the
frame (whom it talks to), the Content-Security-Policy (who may frame it) and the sign-in
hand-off (for whom a token is made)."""

from urllib.parse import urlsplit

from django.conf import settings


def normalised(origin: str) -> str | None:
    """`scheme://host[:port]` in lower case, or None when it is not an origin."""
    try:
        parts = urlsplit(origin.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        return None
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.hostname.lower()}{port}"


def allowed(origin: str | None) -> str | None:
    """The origin, normalised, if it may embed us; else None."""
    found = normalised(origin or "")
    return found if found is not None and found in settings.EMBED_ALLOWED_ORIGINS else None
