"""Shared fixtures: the editions every test starts from, personas and a real browser."""

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from newsroom.articles.editions import EDITORS, REPORTERS, ensure_editions, ensure_editorial_groups
from newsroom.core import page_cache
from newsroom.testing.plugin import in_ci

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Seven editions with their sections take seconds to build: once per run, then
    # every test works inside a transaction that is rolled back.
    with django_db_blocker.unblock():
        ensure_editions()
        ensure_editorial_groups()


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations(tmp_path_factory):
    """The catalogues compiled before any test reads one (a fresh clone has only the
    .po files), as `make test` and `make run` do; under xdist one worker compiles while
    the others wait for it, then all find them up to date."""
    import fcntl
    import io

    from django.conf import settings
    from django.core.management import call_command
    from django.core.signals import setting_changed

    lock_path = tmp_path_factory.getbasetemp().parent / "compiletranslations.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        out = io.StringIO()
        call_command("compiletranslations", stdout=out)
    if not out.getvalue().startswith("Compiled 0 "):
        # Forget any catalogue loaded before its .mo existed (Django's own test signal).
        setting_changed.send(
            sender=type(settings), setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=False
        )


@pytest.fixture(autouse=True)
def _default_language():
    # Every test starts with no language active in its thread, whatever an earlier test
    # left there: a request answered in this thread (the ASGI tests run Django's sync
    # code here) activates its edition's language and leaves it, and reverse() follows.
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    page_cache.invalidate()  # a fresh generation, in the cache and in this process's memo
    yield
    cache.clear()


@pytest.fixture
def editions(db):
    """The English home page, with all seven editions and their sections in place."""
    return ensure_editions()


def _user(django_user_model, username: str, group: str | None = None, **extra):
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@example.com",
        password="correct horse battery",
        **extra,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def _verified(user):
    """A reader who has confirmed their email address, as allauth records it."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.profile.email_verified = True
    user.profile.save()
    return user


# --- personas: every test's people come from here ----------------------------------------


@pytest.fixture
def make_reader(django_user_model):
    """make_reader(username, group=None, **extra): one more person with a confirmed
    address, for a test that needs a crowd, or someone beyond the personas below."""

    def make(username: str, group: str | None = None, **extra):
        return _verified(_user(django_user_model, username, group, **extra))

    return make


@pytest.fixture
def reader(db, make_reader):
    return make_reader("reader")


@pytest.fixture
def other_reader(db, make_reader):
    return make_reader("other_reader")


@pytest.fixture
def author(db, make_reader):
    """The reader whose comment a test acts on, beside `reader` and `other_reader`."""
    return make_reader("author")


@pytest.fixture
def unverified_reader(db, django_user_model):
    """Registered, but has not followed the confirmation link yet."""
    return _user(django_user_model, "unverified_reader")


@pytest.fixture
def editor(db, django_user_model):
    ensure_editorial_groups()
    return _user(django_user_model, "editor", EDITORS)


@pytest.fixture
def reporter(db, django_user_model):
    ensure_editorial_groups()
    return _user(django_user_model, "reporter", REPORTERS)


@pytest.fixture
def moderator(db, make_reader):
    from newsroom.moderation.roles import MODERATORS, ensure_moderators_group

    ensure_moderators_group()
    return make_reader("moderator", MODERATORS)


@pytest.fixture
def admin(db, make_reader):
    return make_reader("admin", is_staff=True, is_superuser=True)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright; skipped (or, under CI, failed) if absent."""
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM} (Debian: apt-get install chromium)"
        if in_ci():
            pytest.fail(f"CI=true and the browser suite cannot run: {message}")
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; Django's async-safety
    # guard would then refuse the test's own database calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on loopback, and Django sending to it over SMTP: the
    one test mailbox (newsroom/testing/servers.py `Mailbox`: its messages, and knobs to
    make it slow, failing or refusing)."""
    from newsroom.testing.servers import running_mailbox

    with running_mailbox() as mailbox:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", mailbox.port
        settings.EMAIL_USE_TLS = False
        yield mailbox
