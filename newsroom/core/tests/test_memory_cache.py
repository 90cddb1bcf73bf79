"""The embedded default's per-process cache keeps within its byte budget, dropping the
least recently used entries first."""

from newsroom.core.memory_cache import BoundedMemoryCache

KB = 1024


def _cache(name: str, max_bytes: int) -> BoundedMemoryCache:
    cache = BoundedMemoryCache(name, {"OPTIONS": {"MAX_BYTES": max_bytes, "MAX_ENTRIES": 1000}})
    cache.clear()
    return cache


def test_it_drops_the_oldest_entries_once_past_its_budget():
    cache = _cache("budget", 100 * KB)
    for n in range(30):
        cache.set(f"page-{n}", "x" * (10 * KB))
    assert cache.bytes_held <= 100 * KB
    assert cache.get("page-29") is not None and cache.get("page-0") is None
    kept = [n for n in range(30) if cache.get(f"page-{n}") is not None]
    assert kept == list(range(30 - len(kept), 30)) and len(kept) >= 8


def test_an_entry_read_recently_outlives_older_ones():
    cache = _cache("recent", 50 * KB)
    for n in range(4):
        cache.set(f"card-{n}", "y" * (10 * KB))
    assert cache.get("card-0") is not None  # read: now the most recent
    cache.set("card-4", "y" * (10 * KB))
    cache.set("card-5", "y" * (10 * KB))
    assert cache.get("card-0") is not None and cache.get("card-1") is None


def test_overwrites_deletes_and_clearing_keep_the_count_true():
    cache = _cache("count", 1000 * KB)
    cache.set("a", "z" * (20 * KB))
    first = cache.bytes_held
    cache.set("a", "z" * (5 * KB))
    assert cache.bytes_held < first
    cache.set("b", 1)
    cache.incr("b", 10**30)
    cache.delete("a")
    assert cache.bytes_held == len(__import__("pickle").dumps(1 + 10**30, cache.pickle_protocol))
    cache.clear()
    assert cache.bytes_held == 0


def test_an_entry_larger_than_the_budget_is_not_kept():
    cache = _cache("huge", 10 * KB)
    cache.set("small", "s")
    cache.set("huge", "h" * (20 * KB))
    assert cache.get("huge") is None and cache.bytes_held <= 10 * KB


def test_expired_entries_give_back_their_bytes():
    cache = _cache("expiry", 100 * KB)
    cache.set("brief", "e" * (10 * KB), timeout=-1)  # already expired
    assert cache.get("brief") is None and cache.bytes_held == 0
