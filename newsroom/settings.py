"""Newsroom settings: one module, read from the environment.

With nothing set, Newsroom runs on the embedded default: a SQLite file in DATA_DIR,
a local-memory cache and email printed to the console. DATABASE_URL and REDIS_URL
switch it to the scaled mode (PostgreSQL + Redis). Every variable read here is listed
in the README's table; `core/tests/test_settings_documented.py` keeps the two in step.
"""

import hashlib
import ipaddress
import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from newsroom.environment import (
    env_bool,
    env_float,
    env_hours,
    env_int,
    env_list,
    env_origins,
    env_str,
    env_time_zones,
)
from newsroom.operations.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent

# Where the embedded default keeps its database, uploaded media and generated secret.
DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR / "data"))).resolve()

# Every process counts its metrics into files here (prometheus_client's multi-process
# mode, newsroom/core/metrics.py), summed by /metrics. Named before anything imports
# prometheus_client, and always this machine's DATA_DIR: a process started by another
# (a test's server, a worker) must not write into its parent's directory.
METRICS_DIR = DATA_DIR / "metrics"
METRICS_DIR.mkdir(parents=True, exist_ok=True)
os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(METRICS_DIR)

# Show tracebacks in the browser. Never in production.
DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    # A fresh clone must just work, so without SECRET_KEY we make one once and keep it
    # in DATA_DIR; sessions then survive restarts. Production sets SECRET_KEY.
    key = env_str("SECRET_KEY")
    if key:
        return key
    path = DATA_DIR / "secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()

# The public address of the site, used in emails, feeds and sitemaps built outside a request.
SITE_URL = env_str("SITE_URL", f"http://127.0.0.1:{env_int('PORT', 8000, minimum=1)}").rstrip("/")

# Host names this site answers to (comma-separated).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = [SITE_URL]

INSTALLED_APPS = [
    # Our apps, in any order: what one adds to another's pages is listed in
    # newsroom/core/hooks.py, and no two of them provide the same template. Before the
    # third-party apps, whose templates (allauth's) accounts overrides.
    "newsroom.core",
    "newsroom.articles",
    "newsroom.accounts",
    "newsroom.comments",
    "newsroom.imports",
    "newsroom.moderation",
    "newsroom.podcasts",
    "newsroom.video",
    "newsroom.schedule",
    "newsroom.newsletters",
    "newsroom.api",
    "newsroom.embed",
    "newsroom.operations",
    "allauth",
    "allauth.account",
    "altcha_django",
    "django_htmx",
    "ninja",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outside the page cache, so that cached answers get a request id and are counted
    # too, and no cached copy keeps another request's id.
    "newsroom.operations.middleware.RequestIdMiddleware",
    "newsroom.operations.middleware.RequestMetricsMiddleware",
    # Then the page cache, so a cached page for an anonymous reader costs almost nothing.
    "newsroom.core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Inside the page cache, so that cached copies carry the header too.
    "newsroom.core.content_security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Errors under /api/ answered as JSON, even those Django gives before the API runs.
    "newsroom.api.middleware.JsonErrorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsroom.core.locale.EditionLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The embedded comments' sign-in window keeps its link to the frame that opened it.
    "newsroom.embed.middleware.SignInWindowMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it is the first to see an exception from a view: every app's refusal
    # gets its answer here (a page, an htmx fragment or JSON), never a 500.
    "newsroom.core.refusals.RefusalMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
ASGI_APPLICATION = "newsroom.asgi.application"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.core.context_processors.site",
            ],
        },
    },
    {
        # Plain-text parts of emails (newsroom/core/mail.py): the same templates, never
        # HTML-escaped, so a name with an apostrophe stays one.
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# --- Database -----------------------------------------------------------------------

# The embedded default's SQLite, set up for many readers and concurrent writers.
SQLITE_OPTIONS = {
    # Writers take the lock at BEGIN, so two writers queue behind the busy timeout
    # instead of failing half-way with "database is locked".
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA foreign_keys=ON;"
        "PRAGMA cache_size=-20000;"
        "PRAGMA mmap_size=134217728;"
    ),
}

# PostgreSQL in the scaled mode, e.g. postgres://user:pass@host:5432/newsroom.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL")
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "newsroom.sqlite3"),
            "OPTIONS": SQLITE_OPTIONS,
            # Kept open between requests: opening one costs its pragmas, and closing the
            # last one on a WAL database checkpoints it — per request, that was most of
            # a small request's time. Django's sync views run in one thread per web
            # process (asgiref's thread-sensitive executor), so each holds one connection.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------------

# Redis in the scaled mode, e.g. redis://127.0.0.1:6379/0: shared cache and live updates.
# "default" holds pages and fragments; "shared" holds what every web process must see
# the same: allauth's sign-in throttles and the rate limiter's window
# (newsroom/core/ratelimit.py). With Redis both are Redis; on the embedded default
# "default" is each process's own memory (fast) and "shared" a database table.
REDIS_URL = env_str("REDIS_URL")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    _REDIS = {
        "BACKEND": "newsroom.core.redis_cache.SharedPoolRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "newsroom",
    }
    CACHES = {"default": _REDIS, "shared": _REDIS}
else:
    CACHES = {
        "default": {
            # Each web process's own, bounded by bytes as well as entries (newsroom/core).
            "BACKEND": "newsroom.core.memory_cache.BoundedMemoryCache",
            "OPTIONS": {
                "MAX_ENTRIES": 20000,
                "MAX_BYTES": env_int("LOCAL_CACHE_MB", 48, minimum=1) * 1024 * 1024,
            },
        },
        "shared": {
            # Its table is made by core's migrations (createcachetable).
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "core_shared_cache",
            "OPTIONS": {"MAX_ENTRIES": 100000},
        },
    }

# How long an anonymous reader's page may be served from the cache. Publishing any page
# empties the page cache at once; this bounds staleness for time-based changes only.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300, minimum=0)

# --- Background tasks ---------------------------------------------------------------

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Internationalisation -----------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("sr", "Српски"),
]
# Languages written right to left; <html dir> and the mirrored layout follow this.
LANGUAGES_BIDI = ["ar"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# The newsroom's own time zone: datelines are shown in it.
TIME_ZONE = env_str("TIME_ZONE", "UTC")

# --- Static files and media ---------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve uploaded media from Django itself. Fine for one machine; behind a real
# deployment, let the front web server or object storage serve MEDIA_ROOT instead.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# --- Wagtail ------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Meridian News"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    # The database backend uses SQLite FTS5 on the embedded default and PostgreSQL
    # full-text search in the scaled mode.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"webp": "webp", "png": "png", "jpeg": "jpeg"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Email --------------------------------------------------------------------------

# SMTP server for outgoing mail; without it, mail is printed to the console.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The sender of every email the site sends.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Meridian News <newsroom@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security -----------------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
# With Redis, sessions are read from the shared cache (written through to the database),
# which saves a query on every signed-in request. Not on the embedded default: there each
# process has its own cache, and a session ended in one would live on in another's.
# Both are Django's stores, reading the session row in plain SQL (newsroom/accounts).
SESSION_ENGINE = "newsroom.accounts.cached_sessions" if REDIS_URL else "newsroom.accounts.sessions"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
# Other sites that may embed the comment section (newsroom/embed), as origins
# (https://blog.example.org): they alone may frame it (CSP frame-ancestors) and the
# frame talks to them alone.
EMBED_ALLOWED_ORIGINS = env_origins("EMBED_ALLOWED_ORIGINS")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
if SITE_URL.startswith("https://"):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # allauth's, by email or username, with the profile loaded along (newsroom/accounts).
    "newsroom.accounts.backends.AccountBackend",
    # Sessions begun before AccountBackend name these two: they stay signed in.
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Readers sign in with their email address; usernames are made up behind the scenes.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "newsroom.accounts.forms.SignupForm"
# Signing up never tells whether an address is registered (newsroom/accounts/signup.py).
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {"signup": "newsroom.accounts.signup.ReaderSignupForm"}
ACCOUNT_ADAPTER = "newsroom.accounts.adapter.AccountAdapter"
ACCOUNT_UNIQUE_EMAIL = True
# Signing in works before the address is confirmed; commenting does not (comments app).
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Meridian News] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https://") else "http"
# allauth's throttles (failed sign-ins, signups, password resets) keep their counts in
# the "shared" cache, which every web process sees (accounts/apps.py points them there).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Behind N reverse proxies, the client's address is the Nth from the right in
# X-Forwarded-For; without this every reader would share the proxy's rate limits.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

# --- Bots at the door (newsroom/core/humans.py) --------------------------------------

# Sign-up, the newsletter signup and new accounts' comments ask for a proof of work
# (ALTCHA, computed by the browser, no third-party service) and carry a honeypot field.
HUMAN_CHECKS = env_bool("HUMAN_CHECKS", True)
# Browsers without JavaScript wait this long and press the button again instead, and
# one network may take that lane this many times an hour.
HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS = env_int("HUMAN_CHECK_NOSCRIPT_WAIT_SECONDS", 10, minimum=0)
HUMAN_CHECK_NOSCRIPT_PER_HOUR = env_int("HUMAN_CHECK_NOSCRIPT_PER_HOUR", 20, minimum=0)
# Proof-of-work challenges one network address may fetch a minute (0: no limit).
HUMAN_CHECK_CHALLENGES_PER_MINUTE = env_int("HUMAN_CHECK_CHALLENGES_PER_MINUTE", 30, minimum=0)
# Accounts younger than this many days prove themselves again before commenting (once a
# session); 0 asks nobody.
HUMAN_CHECK_NEW_ACCOUNT_DAYS = env_int("HUMAN_CHECK_NEW_ACCOUNT_DAYS", 7, minimum=0)
# Refuse addresses at disposable-mail domains (accounts/disposable_domains.txt) for
# accounts and the newsletter.
BLOCK_DISPOSABLE_EMAIL = env_bool("BLOCK_DISPOSABLE_EMAIL", True)
# altcha-django: challenges signed with a key derived from SECRET_KEY, solutions
# remembered (so each works once) in the cache every process shares.
ALTCHA_HMAC_SECRET = hashlib.sha256(f"altcha:{SECRET_KEY}".encode()).hexdigest()
ALTCHA_CACHE_ALIAS = "shared"
ALTCHA_WIDGET_JS_SOURCE = "vendored"
ALTCHA_TRUSTED_PROXIES: list[str] = []

COMMENTS_MAX_LENGTH = env_int("COMMENTS_MAX_LENGTH", 3000, minimum=100)
COMMENTS_EDIT_MINUTES = env_int("COMMENTS_EDIT_MINUTES", 15, minimum=0)
# How many comments (and replies) a reader, and one network address, may post a minute.
COMMENTS_POSTS_PER_MINUTE = env_int("COMMENTS_POSTS_PER_MINUTE", 5, minimum=0)
COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS = env_int(
    "COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS", 30, minimum=0
)
# Commenting windows (newsroom/comments/windows.py). Threads close this many days after
# publication (0: never; an article may set its own); close every night in this span of
# its edition's clock ("23:00-07:00"; empty: never); and the whole site can be made
# read-only (nobody posts, replies, edits or votes; everything stays readable).
COMMENTS_CLOSE_AFTER_DAYS = env_int("COMMENTS_CLOSE_AFTER_DAYS", 0, minimum=0)
COMMENTS_NIGHT_HOURS = env_hours("COMMENTS_NIGHT_HOURS")
COMMENTS_READ_ONLY = env_bool("COMMENTS_READ_ONLY", False)
# Each edition's clock, by language ("ar=Asia/Dubai,ru=Europe/Moscow"); an edition not
# listed keeps TIME_ZONE.
EDITION_TIME_ZONES = env_time_zones("EDITION_TIME_ZONES")
# The channel's live stream, an HLS playlist (https://…/live.m3u8) played on each
# edition's Live page; empty: the page says there is no live stream.
LIVE_STREAM_URL = env_str("LIVE_STREAM_URL", "")
if LIVE_STREAM_URL and not LIVE_STREAM_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("LIVE_STREAM_URL must be an http(s) address of an HLS playlist")
# How long an anonymous reader's copy of a thread page may be served from the page
# cache; live updates announce anything newer.
COMMENTS_CACHE_SECONDS = env_int("COMMENTS_CACHE_SECONDS", 10, minimum=0)

# The toxicity scorer of the screening pipeline (a dotted path to a Scorer class), the
# URL of an HTTP scorer if that is the one, and how long a comment waits for a score
# before it is held for a moderator instead.
MODERATION_SCORER = env_str("MODERATION_SCORER", "newsroom.moderation.scorers.NewsroomScorer")
MODERATION_SCORER_URL = env_str("MODERATION_SCORER_URL", "")
MODERATION_SCORER_TIMEOUT = env_float("MODERATION_SCORER_TIMEOUT", 2.0, minimum=0.05)

# Moderation webhooks (newsroom/moderation/webhooks.py): how long a receiver has to
# answer, and how many attempts a delivery gets before it counts as failed.
WEBHOOK_TIMEOUT = env_float("WEBHOOK_TIMEOUT", 5.0, minimum=0.5)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 8, minimum=1)
# Webhooks are never sent to loopback, private, link-local or other internal addresses
# (a staff member's URL must not reach the machine's own services); true allows them,
# for a receiver on the same machine or network.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", False)

DEMO_LOADERS = [
    "newsroom.comments.demo.load_demo_comments",
    "newsroom.moderation.demo.load_demo_moderation",
    "newsroom.podcasts.demo.load_demo_podcasts",
    "newsroom.video.demo.load_demo_video",
    "newsroom.schedule.demo.load_demo_schedule",
]

# --- Newsletters (newsroom/newsletters) ------------------------------------------------

# Messages per second that one sending worker hands to SMTP; 0 sends as fast as it accepts.
NEWSLETTER_SEND_RATE = env_int("NEWSLETTER_SEND_RATE", 0, minimum=0)
# Deliveries a worker claims at a time, and how long its claim (lease) lasts before
# another worker may take the unsent ones over.
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 50, minimum=1)
NEWSLETTER_LEASE_SECONDS = env_int("NEWSLETTER_LEASE_SECONDS", 120, minimum=2)
# SMTP connections one sending worker keeps open and sends over at once.
NEWSLETTER_SMTP_CONNECTIONS = env_int("NEWSLETTER_SMTP_CONNECTIONS", 4, minimum=1)
# Shared secret of the bounce and complaint webhook; empty turns the webhook off.
NEWSLETTER_WEBHOOK_SECRET = env_str("NEWSLETTER_WEBHOOK_SECRET")
# How long a signup's confirmation link works.
NEWSLETTER_CONFIRM_DAYS = env_int("NEWSLETTER_CONFIRM_DAYS", 7, minimum=1)
# How many stories a drafted digest holds, and how long before its send time it is drafted.
NEWSLETTER_STORIES = env_int("NEWSLETTER_STORIES", 8, minimum=1)
NEWSLETTER_DRAFT_HOURS = env_int("NEWSLETTER_DRAFT_HOURS", 12, minimum=0)
# Where mail clients send "unsubscribe" mails (the mailto: of List-Unsubscribe); empty
# uses the sender's address. `manage.py read_bounces` reads that mailbox.
NEWSLETTER_UNSUBSCRIBE_EMAIL = env_str("NEWSLETTER_UNSUBSCRIBE_EMAIL")

# --- Operations (newsroom/operations) -------------------------------------------------

# /metrics answers a request with `Authorization: Bearer <METRICS_TOKEN>`, or one from
# these networks (addresses or CIDR ranges, comma-separated; the client's address is
# found as for the sign-in throttles, through TRUSTED_PROXY_COUNT proxies).
METRICS_TOKEN = env_str("METRICS_TOKEN")


def _networks(name: str, default: list[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    try:
        return [ipaddress.ip_network(item, strict=False) for item in env_list(name, default)]
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}: {error}") from None


METRICS_ALLOWED_NETWORKS = _networks("METRICS_ALLOWED_ADDRESSES", ["127.0.0.1", "::1"])

# Log lines as plain text, or one JSON object each ("json"), with the request id in both.
LOG_FORMAT = env_str("LOG_FORMAT", "text").lower()
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}")
LOG_LEVEL = env_str("LOG_LEVEL", "INFO").upper()
LOGGING = logging_config(LOG_FORMAT, LOG_LEVEL)

# Error reports to Sentry (or GlitchTip), scrubbed of readers' addresses and words
# (newsroom/operations/error_reports.py); without a DSN nothing is imported or sent.
SENTRY_DSN = env_str("SENTRY_DSN")
SENTRY_ENVIRONMENT = env_str("SENTRY_ENVIRONMENT")
if SENTRY_DSN:
    from newsroom.operations.error_reports import start as _start_error_reports

    _start_error_reports(SENTRY_DSN, SENTRY_ENVIRONMENT)

# Shown in the site's footer and comment notice.
FEEDBACK_EMAIL = env_str("FEEDBACK_EMAIL", "feedback@meridian.example")
