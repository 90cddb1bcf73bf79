"""Shared pieces of the benchmarks: a prepared site, a granian server, and wrk."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom.testing.servers import PostgresServer, RedisServer, free_port  # noqa: E402

PYTHON = sys.executable
LUA = Path(__file__).resolve().parent / "lua"


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


@contextmanager
def site(mode: str):
    """A migrated demo site in a temporary DATA_DIR; `mode` is "sqlite" or "postgres"."""
    data_dir = tempfile.mkdtemp(prefix="newsroom-bench-")
    env = {**os.environ, "DATA_DIR": data_dir, "LOG_LEVEL": "WARNING", "DEBUG": "false"}
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    servers = []
    try:
        if mode == "postgres":
            servers = [PostgresServer().start(), RedisServer().start()]
            env["DATABASE_URL"], env["REDIS_URL"] = servers[0].url, servers[1].url
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "load_demo")
        yield env
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


@contextmanager
def _server(command: list[str], env: dict, ready: str, log: Path | None, *, seconds: int):
    """Run a server in a process group of its own until `ready` (a URL) answers; yield
    its process; stop the whole group after (no worker outlives its server)."""
    output = open(log, "ab") if log else None  # closed in `finally`
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True,
        stdout=output, stderr=subprocess.STDOUT if output else None,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + seconds
        while True:
            try:
                urllib.request.urlopen(ready)  # noqa: S310 - loopback
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(command[:4])} did not start") from None
                time.sleep(0.2)
        yield process
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if output:
            output.close()


@contextmanager
def granian(app: str, env: dict, workers: int = 2, log: Path | None = None):
    """`log`, if given, is a file that receives the server's stdout and stderr."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [PYTHON, "-m", "granian", "--interface", "asginl", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers), "--no-ws",
               "--log-level", "warning", app]  # fmt: skip
    ready = url + "/healthz" if app.startswith("newsroom") else url
    with _server(command, env, ready, log, seconds=30):
        yield url


@contextmanager
def serve(env: dict, workers: int = 2, log: Path | None = None):
    """`manage.py serve` as the README deploys it (granian and its workers, the task
    worker and the clock, under the small supervisor); yields (url, supervisor pid)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [PYTHON, "manage.py", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    with _server(command, env, url + "/healthz", log, seconds=60) as process:
        yield url, process.pid


def tree_memory_mb(pid: int) -> dict:
    """The memory of a process and all its descendants: RSS summed (pages shared between
    forked workers counted in each) and PSS summed (shared pages divided among them),
    in MB, with each process's RSS."""
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        child = int(stat.parent.name)
        children.setdefault(int(fields[1]), []).append(child)
        names[child] = name
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    rss = pss = 0
    each = []
    for process in found:
        try:
            rollup = Path(f"/proc/{process}/smaps_rollup").read_text()
        except OSError:
            continue
        values = {line.split(":")[0]: int(line.split()[1]) for line in rollup.splitlines()[1:]}
        rss += values.get("Rss", 0)
        pss += values.get("Pss", 0)
        each.append({"pid": process, "name": names.get(process, "?"),
                     "rss_mb": round(values.get("Rss", 0) / 1024)})  # fmt: skip
    return {"rss_mb": round(rss / 1024), "pss_mb": round(pss / 1024), "processes": each}


def wrk(
    url: str,
    seconds: int = 10,
    connections: int = 32,
    script: str | None = None,
    timeout: str | None = None,
) -> dict:
    """Run wrk for a bounded time; requests/s, p99 latency (ms) and non-2xx count.

    wrk leaves out of its latency histogram every response slower than its timeout (2 s
    unless `timeout` says otherwise, e.g. "30s"), so a slow page's p99 tops out there.
    """
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", script]
    if timeout:
        command[1:1] = ["--timeout", timeout]
    output = subprocess.run(command, capture_output=True, text=True, check=True,
                            timeout=seconds + 30).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", output)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    if "Socket errors" in output:
        print(output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests_per_second": round(rate),
        "p99_ms": round(float(p99.group(1)) * scale, 2),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def save(name: str, results: list[dict]) -> Path:
    folder = ROOT / "bench" / "results"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(results, indent=2))
    return path


def print_table(results: list[dict]) -> None:
    print(f"{'what':<48} {'req/s':>8} {'p99 ms':>8} {'non-2xx':>8}")
    for row in results:
        print(f"{row['what']:<48} {row['requests_per_second']:>8} {row['p99_ms']:>8} "
              f"{row['non_2xx']:>8}")  # fmt: skip


def lua_value(value) -> str:
    """A Python value written as Lua (tables for dicts and lists)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {lua_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "{" + ", ".join(lua_value(v) for v in value) + "}"
    return json.dumps(value)  # plain ASCII strings and numbers read the same in Lua


def lua_script(folder: Path, name: str, /, **values) -> Path:
    """bench/lua/<name>.lua as a script for wrk, in `folder`: `values` first, as Lua
    locals, then the numbering of wrk's threads (lua/threads.lua), then the script."""
    prelude = "\n".join(f"local {key} = {lua_value(value)}" for key, value in values.items())
    parts = [prelude, (LUA / "threads.lua").read_text(), (LUA / f"{name}.lua").read_text()]
    script = folder / f"{name}.lua"
    script.write_text("\n".join(parts))
    return script
