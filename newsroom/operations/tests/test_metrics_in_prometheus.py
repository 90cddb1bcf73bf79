"""A real Prometheus server scrapes the site on loopback and reads its figures back: the
site under granian with two web workers, comments posted by another process (a
`manage.py shell`), tasks waiting in the database; Prometheus must see the sum of every
process, through the metrics token (the address allowlist admits nobody here)."""

import http.client
import json
import shutil
import subprocess
import tempfile
import time
import urllib.parse
from pathlib import Path

import pytest

from newsroom.testing.plugin import in_ci
from newsroom.testing.servers import SiteProcess, free_port, stop_process, wait_until_up

ROOT = Path(__file__).resolve().parents[3]
PROMETHEUS = shutil.which("prometheus") or "/usr/bin/prometheus"
TOKEN = "scraper-token-for-the-test"

if not Path(PROMETHEUS).exists() and not in_ci():
    pytest.skip(
        "Prometheus is not installed (Debian: apt-get install prometheus, or run "
        "scripts/install-test-packages as root)",
        allow_module_level=True,
    )

SEED = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.models import Comment
from newsroom.comments.tasks import notify_reply
from newsroom.moderation.actions import check_post_comment
from newsroom.moderation.models import ModerationSettings, WordListEntry

call_command("setup_site")
rules = ModerationSettings.load()
rules.new_reader_approvals = 0
rules.new_account_link_days = 0
rules.save()
WordListEntry.objects.create(phrase="casinobonus", action="block")
reader = get_user_model().objects.create_user(
    username="ines", email="ines@example.com", password="correct horse battery"
)
EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
reader.profile.email_verified = True
reader.profile.save()
english = make_article(title="Harbour reopens after the storm")
german = make_article(section("world-news", "de"), title="Hafen nach dem Sturm wieder offen")
post = lambda article, body: check_post_comment(article=article, author=reader, body=body)
post(english, "The harbour master deserves real credit for this.")
post(english, "Good to see the ferries running again so soon.")
post(english, "casinobonus casinobonus for everyone reading")
reader.profile.premoderated = True
reader.profile.save()
post(german, "Schön, dass die Fähren wieder fahren.")
for _ in range(2):
    notify_reply.enqueue(1)
statuses = list(Comment.objects.order_by("pk").values_list("status", flat=True))
print("SEED " + json.dumps({
    "statuses": statuses,
    "ready_tasks": DBTaskResult.objects.ready().count(),
}))
"""

CONFIG = """
global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: newsroom
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials: {token}
    static_configs:
      - targets: ["127.0.0.1:{port}"]
"""


class Prometheus:
    def __init__(self, site_port: int):
        self.root = Path(tempfile.mkdtemp(prefix="newsroom-prometheus-"))
        self.port = free_port()
        (self.root / "prometheus.yml").write_text(CONFIG.format(token=TOKEN, port=site_port))
        self.log = open(self.root / "prometheus.log", "w+")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [PROMETHEUS, f"--config.file={self.root / 'prometheus.yml'}",
             f"--storage.tsdb.path={self.root / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def _get(self, path: str) -> dict:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            connection.request("GET", path)
            return json.loads(connection.getresponse().read())
        finally:
            connection.close()

    def query(self, expression: str) -> dict[str, float]:
        """The instant vector of `expression`, keyed by its labels as JSON."""
        answer = self._get("/api/v1/query?" + urllib.parse.urlencode({"query": expression}))
        assert answer["status"] == "success", answer
        return {
            json.dumps(item["metric"], sort_keys=True): float(item["value"][1])
            for item in answer["data"]["result"]
        }

    def wait_for(self, expression: str, expected: float, seconds: float = 45) -> None:
        deadline = time.monotonic() + seconds
        found: dict = {}
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"prometheus stopped:\n{self.logged()}")
            try:
                found = self.query(expression)
            except OSError:
                found = {}
            if list(found.values()) == [expected]:
                return
            time.sleep(0.5)
        raise AssertionError(f"{expression} = {found}, not {expected}\n{self.targets()}")

    def targets(self) -> str:
        try:
            return json.dumps(self._get("/api/v1/targets")["data"]["activeTargets"], indent=1)
        except OSError:
            return self.logged()

    def logged(self) -> str:
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> None:
        stop_process(self.process)
        self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)


def _get(port: int, path: str) -> int:
    # A new connection each time, so that both web workers answer some.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@pytest.fixture
def site():
    site = SiteProcess(
        ROOT, "newsroom-metrics-", METRICS_TOKEN=TOKEN, METRICS_ALLOWED_ADDRESSES="192.0.2.1"
    )
    try:
        site.prepare()
        yield site
    finally:
        site.stop()


def test_prometheus_reads_every_process_figures_back(site):
    seeded = site.seed(SEED)
    assert seeded["statuses"] == ["published", "published", "rejected", "pending"]
    server = site.start(
        "-m", "granian", "--interface", "asginl", "--host", "127.0.0.1",
        "--port", str(site.port), "--workers", "2", "--no-ws", "newsroom.asgi:application",
    )  # fmt: skip
    wait_until_up(site.port, server, site.log)
    assert _get(site.port, "/metrics") == 403  # loopback is not on this site's allowlist
    statuses = [_get(site.port, "/robots.txt") for _ in range(30)]
    assert statuses == [200] * 30

    prometheus = Prometheus(site.port)
    try:
        prometheus.wait_for('up{job="newsroom"}', 1)
        # Comments posted by the shell process, by edition and outcome.
        posted = "newsroom_comments_posted_total"
        prometheus.wait_for(f'{posted}{{edition="en",outcome="published"}}', 2)
        prometheus.wait_for(f'{posted}{{edition="en",outcome="rejected"}}', 1)
        prometheus.wait_for(f'{posted}{{edition="de",outcome="held"}}', 1)
        prometheus.wait_for('newsroom_screening_check_duration_seconds_count{check="words"}', 4)
        # Requests answered by both web workers: one built robots.txt per worker that
        # served it (each has its own local-memory cache), the rest from the cache.
        robots = 'sum(newsroom_http_requests_total{view=~"robots|page_cache",status="200"})'
        prometheus.wait_for(robots, 30)
        lookups = prometheus.query("sum by (result) (newsroom_page_cache_lookups_total)")
        misses = lookups.get(json.dumps({"result": "miss"}), 0)
        assert misses in (1, 2) and lookups[json.dumps({"result": "hit"})] == 30 - misses
        prometheus.wait_for('newsroom_moderation_queue_size{queue="pending"}', 1)
        depth = 'newsroom_task_queue_depth{queue="default",state="ready"}'
        prometheus.wait_for(depth, seeded["ready_tasks"])
        assert seeded["ready_tasks"] >= 2
        prometheus.wait_for("newsroom_newsletter_messages_remaining", 0)
        latency = 'sum(newsroom_http_request_duration_seconds_count{view="robots"})'
        prometheus.wait_for(latency, misses)
    finally:
        prometheus.stop()
