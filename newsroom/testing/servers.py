"""Real servers on loopback for tests: PostgreSQL and Redis in a temporary directory, an
SMTP mailbox, and helpers to start and stop the site as a separate process.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as
the `postgres` system user (created by Debian's postgresql package).
"""

import asyncio
import contextlib
import email
import glob
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from email import policy
from pathlib import Path


class ServerMissing(RuntimeError):
    """The server's programs are not installed on this machine."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _postgres_bin() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    raise ServerMissing("PostgreSQL is not installed (Debian: apt-get install postgresql)")


class PostgresServer:
    def __init__(self) -> None:
        self.bin = _postgres_bin()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="newsroom-pg-"))
        self.data = self.root / "data"
        self.as_root = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)

    def start(self) -> "PostgresServer":
        if self.as_root:
            shutil.chown(self.root, user="postgres", group="postgres")
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
            "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=300"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "start",
        )  # fmt: skip
        self._run(
            str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "postgres", "newsroom",
        )  # fmt: skip
        return self

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/newsroom"

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


class RedisServer:
    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise ServerMissing("Redis is not installed (Debian: apt-get install redis-server)")
        self.binary: str = binary
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="newsroom-redis-"))
        self.process: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.root)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start within 10 s")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)


class Mailbox:
    """An SMTP server's handler (aiosmtpd) that keeps every message it accepts, in order,
    as (recipients, parsed message) — and, on demand, is slow, fails for a while, refuses
    addresses or kills a sending process mid-send. The one test mailbox: the
    `smtp_server` fixture (newsroom/conftest.py) runs it for tests in this process, and
    tests that run the site as a process of their own give it `port`."""

    def __init__(self):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.port = 0  # set by running_mailbox()
        self.delay = 0.0  # seconds before answering DATA, so a kill can land mid-send
        self.temporary_failures = 0  # answer this many DATA commands with 451
        self.refused: set[str] = set()  # answer RCPT with 550 for these
        self.kill_at: tuple[int, int] | None = None  # (n-th message, pid): SIGKILL it then
        self.peers: set[tuple] = set()  # the client ends of the connections messages came on
        self.arrived = threading.Condition()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.temporary_failures > 0:
            self.temporary_failures -= 1
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        with self.arrived:
            self.peers.add(tuple(session.peer))
            self.messages.append((list(envelope.rcpt_tos), message))
            self.arrived.notify_all()
            if self.kill_at and len(self.messages) == self.kill_at[0]:
                # The server has the whole message; the worker dies before it hears "250".
                os.kill(self.kill_at[1], signal.SIGKILL)
        return "250 Message accepted for delivery"

    def by_recipient(self) -> dict[str, list[str]]:
        """Each recipient's Message-IDs, in arrival order."""
        found: dict[str, list[str]] = {}
        for recipients, message in self.messages:
            for address in recipients:
                found.setdefault(address, []).append(message["Message-ID"])
        return found

    def wait_for(self, to: str, timeout: float = 15) -> email.message.EmailMessage:
        """The first message to `to`, waiting for it to arrive."""

        def found():
            return next((m for recipients, m in self.messages if to in recipients), None)

        with self.arrived:
            self.arrived.wait_for(found, timeout=timeout)
            message = found()
        assert message is not None, f"no email to {to} within {timeout}s: {self.messages}"
        return message


@contextlib.contextmanager
def running_mailbox() -> Iterator[Mailbox]:
    """A Mailbox behind a real SMTP server on a free loopback port, for as long as the
    block runs."""
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    try:
        yield mailbox
    finally:
        controller.stop()


def stop_process(process: subprocess.Popen) -> None:
    """Stop a process started in its own session, with everything it spawned."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_until_up(port: int, server: subprocess.Popen, log, seconds: float = 30) -> None:
    """Wait until a site started as `server` answers /healthz on `port`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise AssertionError(f"the server stopped with {server.returncode}:\n{log.read()}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    raise AssertionError(f"the server did not answer on port {port} within {seconds:g}s")


class SiteProcess:
    """The site as production runs it, for black-box tests: its own fresh DATA_DIR,
    `manage.py` commands, background workers and a granian server on a free port."""

    # The test process's own database, cache and async override must not leak in.
    _KEPT_OUT = {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY"}

    def __init__(self, root: Path, prefix: str, *, mailbox: Mailbox | None = None, **env):
        """`env` is added to the site's environment; with `mailbox`, it sends its email
        there."""
        if mailbox is not None:
            env.update(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(mailbox.port))
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = tempfile.mkdtemp(prefix=prefix)
        self.env = {key: value for key, value in os.environ.items() if key not in self._KEPT_OUT}
        self.env.update(
            DATA_DIR=self.data_dir,
            DJANGO_SETTINGS_MODULE="newsroom.settings",
            SITE_URL=self.url,
            DEBUG="false",
            LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
            # The journeys are about the site's flows; the proof-of-work check at the
            # door has browser tests of its own (accounts/tests/*human_check*).
            HUMAN_CHECKS="false",
            **env,
        )
        self.processes: list[subprocess.Popen] = []
        self.log = open(Path(self.data_dir) / "server.log", "w+")  # noqa: SIM115 - see stop()

    def manage(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, f"manage.py {args[0]} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def seed(self, code: str) -> dict:
        """Run `code` in the site's `manage.py shell`; it prints `SEED {json}` for the test."""
        output = self.manage("shell", "-c", code)
        seeded = re.search(r"^SEED (.*)$", output, re.M)
        assert seeded, f"the seed code printed no SEED line:\n{output}"
        return json.loads(seeded.group(1))

    def prepare(self) -> None:
        """What `make run` does before serving: translations, static files, migrations."""
        self.manage("compiletranslations")  # also writes the site's secret key, once
        self.manage("collectstatic", "--noinput", "--verbosity", "0")
        self.manage("migrate", "--noinput", "--verbosity", "0")

    def start(self, *command: str) -> subprocess.Popen:
        """A long-running process (a worker, the server) stopped with the others."""
        process = subprocess.Popen(
            [sys.executable, *command],
            cwd=self.root,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def serve(self) -> None:
        server = self.start(
            "-m", "granian", "--interface", "asginl", "--host", "127.0.0.1",
            "--port", str(self.port), "--workers", "1", "--no-ws", "newsroom.asgi:application",
        )  # fmt: skip
        wait_until_up(self.port, server, self.log)

    def stop(self) -> None:
        for process in self.processes:
            stop_process(process)
        self.log.seek(0)
        output = self.log.read()
        self.log.close()
        if output.strip():
            print(f"--- server log ---\n{output}")  # pytest shows it when the test fails
        shutil.rmtree(self.data_dir, ignore_errors=True)
