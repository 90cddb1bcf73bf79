"""`manage.py serve`, as `make run` starts it: granian and one background process (task
worker and clock), watched by a supervisor that holds no Django of its own."""

import signal
import time
from pathlib import Path

from newsroom.testing.servers import SiteProcess, wait_until_up

ROOT = Path(__file__).resolve().parents[3]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().split(") ")[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError):
                continue
    return found


def test_serve_runs_the_web_and_background_work_and_stops_them_together():
    site = SiteProcess(ROOT, "newsroom-serve-")
    try:
        site.prepare()
        server = site.start("manage.py", "serve", "--port", str(site.port), "--workers", "1")
        wait_until_up(site.port, server, site.log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            commands = {
                pid: Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
                for pid in _children(server.pid)
            }
            if any("manage.py background" in c for c in commands.values()):
                break
            time.sleep(0.2)
        # The watcher exec'd away from Django: it is the small supervisor now.
        assert "newsroom.core.supervisor" in Path(f"/proc/{server.pid}/cmdline").read_text()
        assert any("granian" in c for c in commands.values())
        assert any("manage.py background" in c for c in commands.values())
        # Two malloc arenas per process, unless the operator chose otherwise.
        for pid in commands:
            environment = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
            assert b"MALLOC_ARENA_MAX=2" in environment
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
        assert not any(Path(f"/proc/{pid}").exists() for pid in commands)
    finally:
        site.stop()
