"""Typed readers for settings that come from the environment.

Each helper fails loudly (ImproperlyConfigured) on a value it cannot understand, so a
typo in a deployment shows at start-up instead of as odd behaviour later.
"""

import os
from datetime import time
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value}")
    return value


def env_float(name: str, default: float, minimum: float = 0.0) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum:g}, not {value:g}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_hours(name: str) -> tuple[time, time] | None:
    """A daily span of clock time, "23:00-07:00" (it may cross midnight); empty is none."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        start, end = (time.fromisoformat(part.strip()) for part in raw.split("-"))
    except ValueError:
        raise ImproperlyConfigured(f"{name} must look like 23:00-07:00, not {raw!r}") from None
    if start == end:
        raise ImproperlyConfigured(f"{name} must start and end at different times")
    return start, end


def env_time_zones(name: str) -> dict[str, str]:
    """Time zones by language code, "ar=Asia/Dubai,ru=Europe/Moscow"."""
    zones = {}
    for item in env_list(name, []):
        code, _sep, zone = item.partition("=")
        try:
            ZoneInfo(zone.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ImproperlyConfigured(f"{name}: {zone.strip()!r} is not a time zone") from None
        zones[code.strip()] = zone.strip()
    return zones


def env_origins(name: str) -> list[str]:
    """Comma-separated web origins (`https://host[:port]`), lower-cased, no paths."""
    origins = []
    for item in env_list(name, []):
        try:
            parts = urlsplit(item)
            port = f":{parts.port}" if parts.port else ""
        except ValueError:
            parts, port = urlsplit(""), ""
        if (
            parts.scheme not in ("http", "https")
            or not parts.hostname
            or parts.path not in ("", "/")
            or parts.query
            or parts.fragment
        ):
            raise ImproperlyConfigured(
                f"{name} must list origins such as https://blog.example.org, not {item!r}"
            )
        origins.append(f"{parts.scheme}://{parts.hostname.lower()}{port}")
    return origins
