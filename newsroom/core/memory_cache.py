"""The embedded default's per-process cache, bounded by the bytes it holds.

Django's local-memory cache bounds only the number of entries. Ours hold anything from a
comment card (a kilobyte) to a whole article page with its thread (hundreds), so a count
says little about a web process's memory: this one also drops the least recently used
entries once their pickled bytes pass MAX_BYTES (OPTIONS), keeping each process's cache
within a budget whatever it holds.
"""

import pickle
from collections import OrderedDict
from threading import Lock

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

_sizes: dict[str, dict[str, int]] = {}
_totals: dict[str, list[int]] = {}
_size_locks: dict[str, Lock] = {}


class BoundedMemoryCache(LocMemCache):
    # LocMemCache's own state (django-stubs leaves its private parts out).
    _cache: OrderedDict[str, bytes]
    _expire_info: dict[str, float | None]
    _lock: Lock

    def __init__(self, name, params):
        super().__init__(name, params)
        options = params.get("OPTIONS", {})
        self.max_bytes = int(options.get("MAX_BYTES", 64 * 1024 * 1024))
        self._sizes = _sizes.setdefault(name, {})
        self._total = _totals.setdefault(name, [0])

    @property
    def bytes_held(self) -> int:
        return self._total[0]

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        self._forget_size(key)
        super()._set(key, value, timeout)  # type: ignore[misc]
        self._sizes[key] = len(value)
        self._total[0] += len(value)
        # The entry just set is the most recent; the oldest go first. One entry larger
        # than the whole budget is not kept at all.
        while self._total[0] > self.max_bytes and self._cache:
            oldest, _ = self._cache.popitem()
            self._expire_info.pop(oldest, None)
            self._forget_size(oldest)

    def _forget_size(self, key) -> None:
        self._total[0] -= self._sizes.pop(key, 0)

    def _cull(self):
        super()._cull()  # type: ignore[misc]
        for key in [key for key in self._sizes if key not in self._cache]:
            self._forget_size(key)

    def _delete(self, key):
        self._forget_size(key)
        return super()._delete(key)  # type: ignore[misc]

    def incr(self, key, delta=1, version=None):
        value = super().incr(key, delta, version)
        full_key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if full_key in self._cache:
                self._forget_size(full_key)
                size = len(pickle.dumps(value, self.pickle_protocol))
                self._sizes[full_key] = size
                self._total[0] += size
        return value

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._sizes.clear()
            self._total[0] = 0
