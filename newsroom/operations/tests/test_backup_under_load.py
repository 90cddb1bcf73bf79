"""`manage.py backup` while the site serves pages and writers post comments through the
real action (check_post_comment, screening included) in threads; `manage.py restore`
into a fresh DATA_DIR (and, in the scaled suite, a fresh PostgreSQL database: pg_dump
and pg_restore); every comment whose post had been answered before the backup began
is there, with its text, and the article's image came back too."""

import http.client
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from newsroom.testing.servers import SiteProcess

ROOT = Path(__file__).resolve().parents[3]
WRITERS = 4

SEED = f"""
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from newsroom.articles.tests.factories import make_article
from newsroom.moderation.models import ModerationSettings

call_command("setup_site")
rules = ModerationSettings.load()
rules.new_reader_approvals = 0
rules.new_account_link_days = 0
rules.save()
for number in range({WRITERS}):
    user = get_user_model().objects.create_user(
        username=f"writer{{number}}", email=f"writer{{number}}@example.com", password="x" * 12
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.profile.email_verified = True
    user.profile.save()
article = make_article(title="Harbour reopens after the storm")
print("SEED " + json.dumps({{"url": article.url, "image": article.hero_image.file.name}}))
"""

WRITE = """
import sys, threading, time
from pathlib import Path
from django.contrib.auth import get_user_model
from django.db import connection
from newsroom.articles.models import ArticlePage
from newsroom.moderation.actions import check_post_comment
from newsroom.comments.errors import CommentNeedsRethink

stop = Path(STOP)
article = ArticlePage.objects.live().get(title="Harbour reopens after the storm")
printing = threading.Lock()

def write(user, number):
    deadline = time.monotonic() + 90  # bounded, whatever the test does
    post = 0
    while not stop.exists() and time.monotonic() < deadline:
        post += 1
        timetable = number * 1000 + post
        body = f"Writer {number}, post {post}: the ferry timetable {timetable} looks right."
        try:
            comment = check_post_comment(article=article, author=user, body=body)
        except CommentNeedsRethink:
            continue
        answered = time.time()
        with printing:
            print(f"ANSWERED {comment.pk} {answered:.6f} {body}", flush=True)
    connection.close()

users = get_user_model().objects.filter(username__startswith="writer").order_by("username")
threads = [threading.Thread(target=write, args=(user, n)) for n, user in enumerate(users)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("DONE", flush=True)
"""

CHECK = """
import json
from django.core.files.storage import default_storage
from django.db import connection
from newsroom.comments.models import Comment
print("SEED " + json.dumps({
    "comments": dict(Comment.objects.values_list("pk", "body")),
    "image": default_storage.exists(IMAGE),
    "vendor": connection.vendor,
}))
"""


class Ledger:
    """What the writers' process printed: each comment id with the time its post was
    answered, read as it comes."""

    def __init__(self, process: subprocess.Popen):
        self.answered: dict[int, tuple[float, str]] = {}
        self.output: list[str] = []
        self.changed = threading.Condition()
        self.reader = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.reader.start()

    def _read(self, process: subprocess.Popen) -> None:
        for line in process.stdout:
            with self.changed:
                self.output.append(line)
                if line.startswith("ANSWERED "):
                    _word, pk, answered, body = line.rstrip("\n").split(" ", 3)
                    self.answered[int(pk)] = (float(answered), body)
                self.changed.notify_all()

    def wait_for(self, count: int, seconds: float = 60) -> None:
        with self.changed:
            reached = self.changed.wait_for(lambda: len(self.answered) >= count, timeout=seconds)
        assert reached, f"only {len(self.answered)} posts answered:\n{''.join(self.output[-20:])}"


class PostgresDatabases:
    """Fresh databases on the scaled suite's own PostgreSQL server."""

    def __init__(self):
        self.database = settings.DATABASES["default"]
        self.made: list[str] = []

    def _admin(self, statement: str) -> None:
        import psycopg

        params = self.database
        with psycopg.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres",
            autocommit=True,
        ) as admin:  # fmt: skip
            admin.execute(statement)

    def new(self) -> dict[str, str]:
        name = f"newsroom_backup_{uuid.uuid4().hex[:10]}"
        self._admin(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        params = self.database
        return {
            "DATABASE_URL": f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{name}"
        }

    def drop_all(self) -> None:
        for name in self.made:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def databases():
    """A function giving each site its own database: SQLite files in the site's own
    DATA_DIR on the embedded default; new PostgreSQL databases in the scaled suite."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        yield dict
        return
    postgres = PostgresDatabases()
    try:
        yield postgres.new
    finally:
        postgres.drop_all()


def _read_pages(port: int, url: str, stop: threading.Event, statuses: list[int]) -> None:
    while not stop.is_set():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        try:
            connection.request("GET", url)
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        except OSError:
            statuses.append(0)
        finally:
            connection.close()
        stop.wait(0.05)


def test_a_backup_under_load_restores_every_comment_answered_before_it_began(databases):
    site = SiteProcess(ROOT, "newsroom-backup-", COMMENTS_POSTS_PER_MINUTE="0", **databases())
    restored = SiteProcess(ROOT, "newsroom-restored-", **databases())
    stop_file = Path(site.data_dir) / "stop-writing"
    archive = Path(site.data_dir) / "backups" / "under-load.tar.gz"
    writers = None
    stop_reading = threading.Event()
    try:
        site.prepare()
        seeded = site.seed(SEED)
        site.serve()
        writers = subprocess.Popen(
            [sys.executable, "manage.py", "shell"],
            cwd=ROOT, env=site.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        writers.stdin.write(f"STOP = {str(stop_file)!r}\n" + WRITE)
        writers.stdin.close()
        ledger = Ledger(writers)
        ledger.wait_for(20)
        statuses: list[int] = []
        reader = threading.Thread(
            target=_read_pages, args=(site.port, seeded["url"], stop_reading, statuses)
        )
        reader.start()

        began = time.time()
        output = site.manage("backup", str(archive))
        ended = time.time()
        during = [pk for pk, (at, _body) in ledger.answered.items() if began <= at <= ended]
        ledger.wait_for(len(ledger.answered) + 10)  # and the writers are still going after it
        stop_file.touch()
        stop_reading.set()
        reader.join(timeout=30)
        assert writers.wait(timeout=60) == 0, writers.stderr.read()
        original = site.seed(CHECK.replace("IMAGE", repr(seeded["image"])))

        assert "Backed up" in output and archive.stat().st_mode & 0o077 == 0
        assert during, "no post was answered while the backup ran: it tested nothing"
        assert statuses and set(statuses) == {200}, f"pages answered {set(statuses)} meanwhile"

        restored.manage("restore", str(archive))
        restored.manage("migrate", "--noinput", "--verbosity", "0")
        found = restored.seed(CHECK.replace("IMAGE", repr(seeded["image"])))
        comments = {int(pk): body for pk, body in found["comments"].items()}
        before = {pk: body for pk, (at, body) in ledger.answered.items() if at < began}
        assert len(before) >= 20
        missing = set(before) - set(comments)
        assert not missing, f"{len(missing)} comments answered before the backup are missing"
        assert all(comments[pk] == body for pk, body in before.items())
        # Nothing in the copy that the site never stored, and not everything written
        # after the backup (it is one moment, not the end state).
        stored = {int(pk) for pk in original["comments"]}
        assert set(comments) <= stored
        assert len(comments) < len(stored)
        vendor = (
            settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[1].replace("sqlite3", "sqlite")
        )
        assert found["image"] and found["vendor"] == original["vendor"] == vendor
        # A second restore over a site that now has data is refused, not merged.
        refused = subprocess.run(
            [sys.executable, "manage.py", "restore", str(archive)],
            cwd=ROOT, env=restored.env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert refused.returncode != 0 and "--replace" in refused.stderr
    finally:
        stop_file.touch()
        stop_reading.set()
        if writers is not None and writers.poll() is None:
            writers.kill()
            writers.wait()
        restored.stop()
        site.stop()
