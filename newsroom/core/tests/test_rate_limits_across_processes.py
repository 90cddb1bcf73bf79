"""The attack: limits multiplied by the number of web workers, because each process kept
its own count in its local-memory cache — posting limits, sign-in throttling and the
newsletter's one confirmation per address (14 emails to one address in 10 s were
measured). Two real processes on the test database now share one count."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _forget_shared_counts(transactional_db):
    # The shared cache's table is not a model's, so the flush after a transactional
    # test leaves its rows: forget allauth's counts before the next test.
    yield
    caches["shared"].clear()


# Each process waits for the other before it starts hitting, so that their hits
# interleave instead of one process finishing before the other has started.
_BARRIER = """
import os, sys, time
from pathlib import Path
here = Path(os.environ["BARRIER_DIR"])
(here / f"ready-{os.getpid()}").touch()
deadline = time.monotonic() + 90
while len(list(here.glob("ready-*"))) < 2 and time.monotonic() < deadline:
    time.sleep(0.02)
"""


def _run_in_two_processes(code: str) -> list[str]:
    """Run `code` in two `manage.py shell` processes at once; their standard outputs."""
    barrier = tempfile.mkdtemp(prefix="newsroom-barrier-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.testing.process_settings",
        "NEWSROOM_TEST_DATABASE": str(connection.settings_dict["NAME"]),
        "BARRIER_DIR": barrier,
        "LOG_LEVEL": "WARNING",
    }
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "shell", "-c", _BARRIER + code],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        outputs.append(out)
    return outputs


def _counted(outputs: list[str], word: str) -> int:
    """How often `word` was printed on the processes' "RESULT …" lines."""
    lines = [line.split() for out in outputs for line in out.splitlines()]
    return sum(words[1:].count(word) for words in lines if words[:1] == ["RESULT"])


def test_one_limit_is_one_count_across_processes():
    outputs = _run_in_two_processes(
        "from newsroom.core.ratelimit import Rate, hit\n"
        "rate = Rate('test:shared', 5, 60)\n"
        "print('RESULT', *('ok' if hit(rate, 'someone') else 'refused' for _ in range(6)))\n"
    )
    assert _counted(outputs, "ok") == 5  # not 5 per process
    assert _counted(outputs, "refused") == 7


def test_a_newsletter_address_gets_one_confirmation_across_processes():
    # Each process asks seven times for the same address, as a flood of signups
    # spread over the web workers would.
    _run_in_two_processes(
        "from django.db import transaction\n"
        "from newsroom.newsletters.actions import do_signup\n"
        "for _ in range(7):\n"
        "    with transaction.atomic():\n"
        "        do_signup('target@example.com', 'en')\n"
    )
    queued = DBTaskResult.objects.filter(task_path__endswith="send_confirmation")
    assert queued.count() == 1
    assert queued.get().args_kwargs["args"][0] == "target@example.com"


def test_sign_in_throttling_counts_across_processes(editions, django_user_model):
    django_user_model.objects.create_user("victim", "victim@example.com", "correct horse battery")
    # allauth allows 5 failed sign-ins per address in 5 minutes (ACCOUNT_RATE_LIMITS).
    outputs = _run_in_two_processes(
        "from django.test import Client\n"
        "client = Client()\n"
        "answers = []\n"
        "for _ in range(4):\n"
        "    page = client.post('/en/accounts/login/',\n"
        "        {'login': 'victim@example.com', 'password': 'guess'}).content.decode()\n"
        "    answers.append('throttled' if 'Too many failed login attempts' in page else 'tried')\n"
        "print('RESULT', *answers)\n"
    )
    assert _counted(outputs, "tried") == 5
    assert _counted(outputs, "throttled") == 3
