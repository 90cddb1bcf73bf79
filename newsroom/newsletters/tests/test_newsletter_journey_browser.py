"""A reader's newsletter journey in real Chromium, against the site as production runs it
(granian on its own SQLite file, email over SMTP to a real server on loopback):
sign up from the form at the foot of a page, confirm from the email, receive a digest
sent by a worker process, and unsubscribe from the link in it."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import expect

# The black-box helpers of the comment journey: a mailbox, stopping a process group,
# waiting for granian to answer.
from newsroom.testing.servers import Mailbox, free_port, stop_process, wait_until_up

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[3]
WAIT_MS = 15_000
READER = "nadia.reader@example.com"

SEED = """
import json
from django.core.management import call_command
from newsroom.articles.tests.factories import make_article

call_command("setup_site")
article = make_article(title="Harbour reopens after the storm", is_top_story=True)
print("SEED " + json.dumps({"article_url": article.url}))
"""

DRAFT = """
from newsroom.newsletters.actions import do_draft_digest
digest = do_draft_digest("en")
digest.intro = "Good morning from the harbour."
digest.save()
print("DIGEST", digest.pk)
"""


@pytest.fixture
def mailbox():
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def site(mailbox):
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    data_dir = tempfile.mkdtemp(prefix="newsroom-newsletter-journey-")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY"}
    }
    env.update(
        DATA_DIR=data_dir,
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(mailbox.port),
        SITE_URL=base_url,
        DEBUG="false",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )

    def manage(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, f"manage.py {args[0]} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    processes: list[subprocess.Popen] = []
    log = open(Path(data_dir) / "granian.log", "w+")  # noqa: SIM115 - closed in finally
    try:
        manage("compiletranslations")
        manage("collectstatic", "--noinput", "--verbosity", "0")
        manage("migrate", "--noinput", "--verbosity", "0")
        seed = json.loads(re.search(r"^SEED (.*)$", manage("shell", "-c", SEED), re.M).group(1))
        # The site's own task worker sends confirmation emails, as in production; the
        # indexing tasks the seed queued are done first so the email does not wait.
        manage("db_worker", "--batch", "--no-startup-delay")
        worker = ["manage.py", "db_worker", "--no-startup-delay", "--interval", "0.5"]
        processes.append(
            subprocess.Popen(
                [sys.executable, *worker],
                cwd=ROOT,
                env=env,
                start_new_session=True,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )  # fmt: skip
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "granian", "--interface", "asginl", "--host", "127.0.0.1",
             "--port", str(port), "--workers", "1", "--no-ws", "newsroom.asgi:application"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        processes.append(server)
        wait_until_up(port, server, log)
        yield {"url": base_url, "manage": manage, **seed}
    finally:
        for process in processes:
            stop_process(process)
        log.seek(0)
        output = log.read()
        log.close()
        if output.strip():
            print(f"--- server log ---\n{output}")
        shutil.rmtree(data_dir, ignore_errors=True)


def _link(message, pattern: str) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    match = re.search(pattern, text)
    assert match, f"no {pattern} in:\n{text}"
    return match.group(0)


def test_a_reader_subscribes_confirms_receives_a_digest_and_unsubscribes(
    site, mailbox, chromium, artifacts
):
    context = chromium.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    expect.set_options(timeout=WAIT_MS)
    try:
        # --- Sign up from the form at the foot of an article ------------------------
        page.goto(site["url"] + site["article_url"])
        form = page.locator("#newsletter-footer")
        form.get_by_label("Email address").fill(READER)
        expect(form.get_by_label("Edition")).to_have_value("en")
        form.get_by_role("button", name="Sign up").click()
        expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
        expect(page.get_by_role("status")).to_contain_text(READER)

        # --- Confirm from the email that really went out over SMTP -------------------
        confirmation = mailbox.wait_for(READER, timeout=60)
        assert confirmation.get_content_type() == "multipart/alternative"
        page.goto(_link(confirmation, r"https?://\S+/en/newsletter/confirm/\S+/"))
        page.get_by_role("button", name="Confirm").click()
        expect(page.get_by_role("status")).to_contain_text("You are subscribed")

        # --- An editor's digest is sent by a worker process ----------------------------
        digest_id = re.search(r"DIGEST (\d+)", site["manage"]("shell", "-c", DRAFT)).group(1)
        site["manage"]("send_digest", digest_id, "--start", "--no-progress")
        digest = next(m for m in mailbox.messages if m["List-Unsubscribe"])
        assert str(digest["To"]) == READER
        assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        html = digest.get_body(preferencelist=("html",)).get_content()
        assert "Harbour reopens after the storm" in html
        assert "Good morning from the harbour." in html

        # --- Unsubscribe from the link in it -------------------------------------------
        page.goto(_link(digest, r"https?://\S+/en/newsletter/unsubscribe/\S+/"))
        page.get_by_role("button", name="Unsubscribe").click()
        expect(page.get_by_role("status")).to_contain_text("you will not receive the newsletter")
        page.screenshot(path=artifacts / "newsletter-unsubscribed.png")
        status = site["manage"](
            "shell", "-c",
            "from newsroom.newsletters.models import Subscriber;"
            f"print(Subscriber.objects.get(email='{READER}').status)",
        )  # fmt: skip
        assert status.strip().splitlines()[-1] == "unsubscribed"
    finally:
        expect.set_options(timeout=5_000)
        context.close()
