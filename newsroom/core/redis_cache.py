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
    # _servers, _options and _class are RedisCache's own attributes (set in its
    # __init__), which django-stubs does not declare.
    @cached_property
    def _cache(self):
        servers, options = self._servers, self._options  # type: ignore[attr-defined]
        key = (tuple(servers), repr(sorted(options.items())))
        with _lock:
            if key not in _clients:
                _clients[key] = self._class(servers, **options)  # type: ignore[attr-defined]
            return _clients[key]
