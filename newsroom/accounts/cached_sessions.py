"""SESSION_ENGINE with Redis: the cached store of newsroom.accounts.sessions."""

from newsroom.accounts.sessions import CachedSessionStore as SessionStore

__all__ = ["SessionStore"]
