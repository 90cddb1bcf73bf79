"""Where a webhook may be sent: public addresses only, checked when saved and when sent.

A webhook's URL is typed by staff, and the server then POSTs to it: without a check it
could reach what only the machine itself should (a database's HTTP port, a cloud's
metadata service at 169.254.169.254, the admin of a router). So its host is resolved and
refused if any of its addresses is loopback, private, link-local, multicast, reserved,
unspecified or otherwise not public (IPv4 written inside IPv6, `::ffff:10.0.0.1`,
included). The check is made again at each delivery, on the addresses the connection
then uses (`PinnedHTTPConnection`), so a name that resolves elsewhere later (DNS
rebinding) gains nothing; redirects are never followed. WEBHOOK_ALLOW_PRIVATE_ADDRESSES
lifts it for a receiver on the newsroom's own machine or network.
"""

import http.client
import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


class RefusedAddress(OSError):
    """A webhook's host is, or resolves to, an address it may not be sent to."""


def why_not_public(address: str) -> str | None:
    """Why this IP address may not receive a webhook, or None if it may."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # without an IPv6 zone
    except ValueError:
        return _("it is not an IP address")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if ip.is_loopback:
        return _("a loopback address")
    if ip.is_unspecified:
        return _("an unspecified address")
    if ip.is_link_local:
        return _("a link-local address")
    if ip.is_multicast:
        return _("a multicast address")
    if ip.is_private:
        return _("a private address")
    if ip.is_reserved or not ip.is_global:
        return _("a reserved address")
    return None


def resolve(host: str, port: int) -> list[tuple]:
    """The host's addresses (getaddrinfo's entries), refused if any of them is not
    public: a name with one internal address among public ones is refused whole."""
    try:
        entries = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as failure:
        raise OSError(_("the host %(host)s could not be found") % {"host": host}) from failure
    if not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        for entry in entries:
            address = str(entry[4][0])
            reason = why_not_public(address)
            if reason:
                raise RefusedAddress(
                    _("%(host)s is %(address)s, %(reason)s: webhooks go to public addresses only")
                    % {"host": host, "address": address, "reason": reason}
                )
    return entries


def check_url(url: str) -> str | None:
    """At save: why this URL may not receive webhooks, or None. A host that cannot be
    found now passes (its receiver may not be set up yet); delivery checks again."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return _("This is not a valid address.")
    if not parts.hostname:
        return _("This address has no host.")
    try:
        resolve(parts.hostname, port)
    except RefusedAddress as refused:
        return str(refused)
    except OSError:
        return None
    return None


class _Pinned:
    """Connects only to the addresses that were checked (resolve), not to whatever the
    name resolves to by the time the socket opens."""

    def _pinned_connection(self, address, timeout, source_address=None):
        host, port = address
        failure: OSError = OSError(_("no address to connect to"))
        for family, kind, proto, _name, sockaddr in resolve(host, port):
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as error:
                sock.close()
                failure = error
        raise failure


class PinnedHTTPConnection(_Pinned, http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # http.client opens its socket through this attribute (HTTPSConnection too,
        # before wrapping it in TLS for the host's name).
        self._create_connection = self._pinned_connection


class PinnedHTTPSConnection(_Pinned, http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = self._pinned_connection


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """POST to a checked address and return the answer's status; a redirect is an
    answer like any other (3xx), never followed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(_("only http:// and https:// addresses are sent to"))
    kind = PinnedHTTPSConnection if parts.scheme == "https" else PinnedHTTPConnection
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname  # IPv6
    connection = kind(host, parts.port, timeout=timeout)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request("POST", path, body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()
