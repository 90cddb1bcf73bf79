"""Benchmark: importing a large Disqus export, and exporting it back.

A fresh site (embedded SQLite in a temporary DATA_DIR, or with --database postgres a
PostgreSQL server started on loopback for the run) gets --articles articles; a
Disqus export of --comments comments across them is generated into a temporary file,
streaming (threads first, then posts in time order, shuffled within windows of 100 so
that some replies come before their parents; 60 % replies at any depth, 2 % deleted,
1 % spam, 1 % awaiting moderation, 20,000 authors by email and some anonymous guests,
likes and dislikes). Then `manage.py import_comments disqus FILE` and
`manage.py export_comments disqus OUT` each run as a child process, timed (wall time,
and the child's CPU time, which a machine shared with other work does not inflate),
with the child's peak RSS taken from os.wait4 (ru_maxrss). Nothing leaves this machine.

Results go to bench/results/imports.json. Usage:

    .venv/bin/python bench/imports.py [--comments 100000] [--articles 1000] [--twice]
        [--database sqlite|postgres] [--profile FILE]

(--twice imports the same file again, which must change nothing.)
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from harness import PYTHON, ROOT, PostgresServer, manage

RESULTS = ROOT / "bench" / "results"
SITE_URL = "https://news.example"


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()


def _prepare(articles: int) -> dict:
    """Editions and `articles` live articles; prints their paths."""
    _django()
    from django.utils import timezone

    from newsroom.articles.editions import ensure_editions
    from newsroom.articles.models import ArticlePage, SectionPage

    ensure_editions()
    section = SectionPage.objects.filter(locale__language_code="en").first()
    now = timezone.now()
    paths = []
    for number in range(articles):
        page = section.add_child(instance=ArticlePage(
            title=f"Bench story {number}", slug=f"bench-story-{number}",
            standfirst="A story with many comments.", published_at=now,
            body=[("paragraph", "<p>Text.</p>")], live=True,
            first_published_at=now, last_published_at=now,
        ))  # fmt: skip
        paths.append(page.get_url_parts()[2])
    return {"paths": paths}


def _summary() -> dict:
    _django()
    from django.db.models import Max, Sum

    from newsroom.comments.models import Comment, Discussion
    from newsroom.imports.models import ImportRun

    run = ImportRun.objects.order_by("-pk").first()
    return {
        "comments": Comment.objects.count(),
        "replies": Comment.objects.filter(parent__isnull=False).count(),
        "deepest": Comment.objects.aggregate(deepest=Max("depth"))["deepest"],
        "counted": Discussion.objects.aggregate(total=Sum("comment_count"))["total"],
        "counts": run.counts if run else {},
        "problems": run.error_count if run else 0,
    }


def _inside(env: dict, *args: str) -> dict:
    command = [PYTHON, str(Path(__file__).resolve()), *args]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def generate(path: Path, paths: list[str], comments: int, seed: int = 14) -> int:
    """Write the export, a few posts at a time; returns its size in bytes."""
    rng = random.Random(seed)
    recent: dict[int, list[int]] = {}  # thread -> a few recent post ids (bounded)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com"'
                  ' xmlns:dsq="http://disqus.com/disqus-internals">\n')  # fmt: skip
        for number, page_path in enumerate(paths):
            out.write(f'<thread dsq:id="{number + 1}"><id /><forum>old</forum>'
                      f"<link>https://old.example{page_path}</link><title>Story {number}</title>"
                      "<createdAt>2015-01-01T00:00:00Z</createdAt></thread>\n")  # fmt: skip
        window = []
        start = 1_420_070_400  # 2015-01-01
        for post_id in range(1, comments + 1):
            thread = rng.randrange(len(paths)) + 1
            earlier = recent.setdefault(thread, [])
            parent = rng.choice(earlier) if earlier and rng.random() < 0.6 else None
            earlier.append(post_id)
            if len(earlier) > 30:
                earlier.pop(0)
            roll = rng.random()
            moment = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + post_id * 90))
            anonymous = rng.random() < 0.05
            if anonymous:
                author = f"<name>Guest {rng.randrange(500)}</name><isAnonymous>true</isAnonymous>"
            else:
                author = (f"<email>reader{rng.randrange(20_000)}@old.example</email>"
                          f"<name>Reader {rng.randrange(20_000)}</name>"
                          "<isAnonymous>false</isAnonymous>")  # fmt: skip
            text = escape(
                f"Comment {post_id} on story {thread}: " + "words " * rng.randrange(5, 60)
            )
            window.append(
                f'<post dsq:id="{post_id}"><id /><message><![CDATA[<p>{text}</p>]]></message>'
                f"<createdAt>{moment}</createdAt>"
                f"<isDeleted>{'true' if roll < 0.02 else 'false'}</isDeleted>"
                f"<isSpam>{'true' if 0.02 <= roll < 0.03 else 'false'}</isSpam>"
                + ("<isApproved>false</isApproved>" if 0.03 <= roll < 0.04 else "")
                + f"<likes>{rng.randrange(20)}</likes><dislikes>{rng.randrange(5)}</dislikes>"
                f"<author>{author}</author><ipAddress>127.0.0.1</ipAddress>"
                f'<thread dsq:id="{thread}" />'
                + (f'<parent dsq:id="{parent}" />' if parent else "")
                + "</post>\n"
            )
            if len(window) == 100:
                rng.shuffle(window)
                out.writelines(window)
                window = []
        out.writelines(window)
        out.write("</disqus>\n")
    return path.stat().st_size


def measured(env: dict, *args: str, profile: str = "") -> dict:
    """Run manage.py `args` as a child; its wall time and peak RSS (os.wait4). With
    `profile`, the child runs under cProfile, which writes its statistics there."""
    started = time.monotonic()
    profiler = ["-m", "cProfile", "-o", profile] if profile else []
    process = subprocess.Popen([PYTHON, *profiler, "manage.py", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
    output = process.stdout.read().decode()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{args[0]} failed:\n{output}")
    return {"seconds": round(time.monotonic() - started, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "output": output}  # fmt: skip


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_prepare":
        print(json.dumps(_prepare(int(sys.argv[2]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_summary":
        print(json.dumps(_summary()))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--twice", action="store_true", help="Import the file a second time.")
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgres"],
        default="sqlite",
        help="postgres: a PostgreSQL server started on loopback for the run"
        " (the test suite's, tuned for tests: fsync off).",
    )
    parser.add_argument(
        "--profile",
        metavar="FILE",
        default="",
        help="Run the first import under cProfile and write its statistics"
        " to FILE (times are then inflated; for finding hot spots only).",
    )
    options = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="newsroom-bench-imports-")
    env = {**os.environ, "DATA_DIR": data_dir, "LOG_LEVEL": "WARNING", "DEBUG": "false",
           "SITE_URL": SITE_URL, "DJANGO_SETTINGS_MODULE": "newsroom.settings"}  # fmt: skip
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    result: dict = {"comments": options.comments, "articles": options.articles,
                    "database": options.database, "load_before": os.getloadavg()}  # fmt: skip
    server = None
    try:
        if options.database == "postgres":
            server = PostgresServer().start()
            env["DATABASE_URL"] = server.url
        manage(env, "migrate", "--noinput")
        paths = _inside(env, "_prepare", str(options.articles))["paths"]
        export = Path(data_dir) / "disqus-export.xml"
        started = time.monotonic()
        result["file_mb"] = round(generate(export, paths, options.comments) / 1e6, 1)
        result["generate_seconds"] = round(time.monotonic() - started, 1)
        print(f"generated {result['file_mb']} MB in {result['generate_seconds']} s", flush=True)
        imported = measured(
            env, "import_comments", "disqus", str(export), "--no-progress", profile=options.profile
        )
        result["import"] = {k: v for k, v in imported.items() if k != "output"}
        result["load_after_import"] = os.getloadavg()
        print(imported["output"], flush=True)
        print(f"import: {result['import']}", flush=True)
        result["after_import"] = _inside(env, "_summary")
        if options.twice:
            again = measured(env, "import_comments", "disqus", str(export), "--no-progress")
            result["import_again"] = {k: v for k, v in again.items() if k != "output"}
            result["after_import_again"] = _inside(env, "_summary")
            print(f"import again: {result['import_again']}", flush=True)
        out = Path(data_dir) / "export.xml"
        exported = measured(env, "export_comments", "disqus", str(out))
        result["export"] = {k: v for k, v in exported.items() if k != "output"}
        result["export"]["file_mb"] = round(out.stat().st_size / 1e6, 1)
        result["load_after_export"] = os.getloadavg()
        print(f"export: {result['export']}", flush=True)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if options.database == "sqlite" else f"-{options.database}"
    name = f"imports-{options.comments}{suffix}.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
