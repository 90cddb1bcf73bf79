"""The one form of a page's address on another site, so that the same page always finds
the same thread: scheme and host in lower case, no default port, no fragment, and none
of the query parameters that only say how a reader got there (campaign tags, click ids)."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
        "ref_src", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid",
    }
)  # fmt: skip
MAX_LENGTH = 2000


def _tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith(("utm_", "pk_", "mtm_")) or name in TRACKING_PARAMETERS


def normalised_page_url(address: str) -> str | None:
    """The page's address in its one form, or None when it is not a web page's address."""
    try:
        parts = urlsplit(address.strip())
        port = parts.port
    except (ValueError, AttributeError):
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname or parts.username or parts.password:
        return None
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    )
    url = urlunsplit((scheme, netloc, parts.path or "/", query, ""))
    return url if len(url) <= MAX_LENGTH else None


def origin_of(url: str) -> str:
    """`scheme://host[:port]` of an address already in its one form."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
