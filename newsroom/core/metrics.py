"""The site's Prometheus metrics, counted in every process and summed at /metrics.

Each process (granian's web workers, task workers, `send_digest`, a `manage.py` command)
writes its counts to memory-mapped files in DATA_DIR/metrics, the directory that
settings name in PROMETHEUS_MULTIPROC_DIR before anything imports prometheus_client;
the /metrics view (newsroom/operations/views.py) adds up every process's files, so one
scrape sees the whole machine. Figures read from the database at scrape time (queue
sizes, task queue depth, newsletter rows still to send) are in
newsroom/operations/collectors.py. Any app may count here: this module imports nothing
of ours.
"""

from prometheus_client import Counter, Histogram

# Latency buckets for web requests, in seconds: a cached page answers in under a
# millisecond, a built one in tens of milliseconds, a slow one in seconds.
REQUEST_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
# Screening checks take from microseconds (a word list) to a scorer's timeout.
CHECK_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2)

HTTP_REQUESTS = Counter(
    "newsroom_http_requests",
    "Web requests answered, by view (URL name) and status code.",
    ["view", "method", "status"],
)
HTTP_LATENCY = Histogram(
    "newsroom_http_request_duration_seconds",
    "Time from a request reaching the site to its response, by view.",
    ["view"],
    buckets=REQUEST_BUCKETS,
)
PAGE_CACHE = Counter(
    "newsroom_page_cache_lookups",
    "Anonymous page-cache lookups: hit (fresh copy), stale (stale copy served while "
    "another request rebuilds it) or miss (the page is built).",
    ["result"],
)
COMMENTS_POSTED = Counter(
    "newsroom_comments_posted",
    "New comments and replies by edition and what screening made of them "
    "(published, held, rejected).",
    ["edition", "outcome"],
)
MODERATION_ACTIONS = Counter(
    "newsroom_moderation_actions",
    "Entries of the moderation audit log, by action and by who took it (check or person).",
    ["action", "by"],
)
SCREENING_CHECK = Histogram(
    "newsroom_screening_check_duration_seconds",
    "Time one screening check took on one comment, by check.",
    ["check"],
    buckets=CHECK_BUCKETS,
)
NEWSLETTER_MESSAGES = Counter(
    "newsroom_newsletter_messages",
    "Newsletter deliveries finished by sending workers: sent, failed or skipped "
    "(unsubscribed before sending).",
    ["result"],
)


def count_page_cache(result: str) -> None:
    PAGE_CACHE.labels(result).inc()
