"""Runs a few commands together and stops them together: what `manage.py serve` becomes
once it has worked out its commands. It imports nothing of Django, so the process that
only watches the others holds a few megabytes rather than a whole Django site.

    python -m newsroom.core.supervisor '[["granian", ...], ["python", "manage.py", ...]]'
"""

import json
import os
import signal
import subprocess
import sys
import threading


def _signal_group(child: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(child.pid, signum)
    except ProcessLookupError:
        pass  # already gone


def supervise(commands: list[list[str]]) -> int:
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_args: stop.set())
    # Each child leads its own process group, so stopping one stops its workers too.
    children = [
        subprocess.Popen(command, start_new_session=True)  # noqa: S603 - from manage.py serve
        for command in commands
    ]
    try:
        while not stop.is_set() and all(child.poll() is None for child in children):
            stop.wait(0.5)
    finally:
        for child in children:
            _signal_group(child, signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _signal_group(child, signal.SIGKILL)
                child.wait()
    failed = [child.args for child in children if child.returncode not in (0, -15, None)]
    if failed and not stop.is_set():
        print(f"a process stopped unexpectedly: {failed[0]!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(supervise(json.loads(sys.argv[1])))
