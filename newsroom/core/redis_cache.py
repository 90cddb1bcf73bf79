"""Django's Redis cache, with one connection pool per process instead of per request.

Django keeps cache objects in context-local storage, so under ASGI every request gets a
new RedisCache and, with it, a new client, pool and TCP connection. Sharing the client
keeps connections open across requests, which is what a busy site needs.
"""

import threading

from django.core.cache.backends.redis import RedisCache
from django.utils.functional import cached_property

_clients: dict = {}
_lock = threading.Lock()


class SharedPoolRedisCache(RedisCache):
    @cached_property
    def _cache(self):
        key = (tuple(self._servers), repr(sorted(self._options.items())))
        with _lock:
            if key not in _clients:
                _clients[key] = self._class(self._servers, **self._options)
            return _clients[key]
