"""Who may read /metrics: a request carrying the metrics token, or one from an allowed
network. Nothing else is told what the endpoint is."""

import hmac
import ipaddress

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest


def _has_token(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def _client_address(request: HttpRequest) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    # The same address the sign-in throttles use: behind TRUSTED_PROXY_COUNT proxies it
    # comes from X-Forwarded-For, so a proxy on loopback does not open /metrics to all.
    try:
        return ipaddress.ip_address(get_adapter(request).get_client_ip(request))
    except (PermissionDenied, ValueError):
        return None


def may_read_metrics(request: HttpRequest) -> bool:
    if _has_token(request):
        return True
    address = _client_address(request)
    return address is not None and any(
        address in network for network in settings.METRICS_ALLOWED_NETWORKS
    )
