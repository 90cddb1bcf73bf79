"""Benchmark: comment threads read and written, requests per second and p99.

On a prepared demo site (embedded SQLite, or PostgreSQL + Redis), three English articles
get threads of exactly 100, 2,000 and 10,000 comments, written in bulk the way the demo
threads are. Then, on loopback, with wrk (2 threads, 32 connections, 10 s per run, its
timeout raised to 30 s so that slow answers count in p99) against `manage.py serve` as
the README deploys it (granian with 2 workers, the task worker and the clock):

- the article page with its comment section, as an anonymous reader, default sort;
- the same page as signed-in readers (30 sessions in turn, each with votes of their own
  on the page's comments): without the site's script (the page built for each reader),
  and with it (the shared cached page, the cached section every signed-in reader starts
  from, /comments/<id>/section/shared/, and the reader's own parts as JSON,
  /comments/<id>/mine/?ids=…: three requests make one page view; the figure is views/s);
- the thread's first page as JSON, GET /api/articles/<id>/comments;
- comment counts, GET /api/comment-counts?ids=<5 ids>;
- posting: POST /en/comments/<id>/post/ (as htmx does) by 30 signed-in readers with
  confirmed addresses, in turn, each post a different body, screened by the moderation
  pipeline (posting rate limits off); afterwards the comments
  answered 2xx are compared, id by id, with the rows stored.

Reads are measured as configured (page cache on: after a warm-up, cache hits), with
PAGE_CACHE_SECONDS=0 (every request builds the page) and, with --cache expiring, with
pages and shared sections expiring every 2 s under the load (the p99 across expiries:
one request rebuilds, the others are served the stale copy); posting runs on the last
server.
Between runs the server drains what wrk left queued. "Other CPU %" is what other programs
on this machine used just before a run: a shared machine makes numbers worse and noisier.
Results go to bench/results/comments-<mode>.json, the servers' output (tracebacks of any
5xx) to bench/results/comments-<mode>-server.log. Usage:

    .venv/bin/python bench/comments.py [sqlite|postgres|all] [--seconds 10] [--workers 2]
                                       [--cache on,off,expiring]
                                       [--only anon,signed-in,api,post]
"""

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from harness import PYTHON, ROOT, lua_script, serve, site, tree_memory_mb, wrk

SIZES = (100, 2000, 10000)
CONNECTIONS = 32
# Readers sign in through the login form, and allauth allows 30 sign-ins a minute from
# one address (its default "login" rate limit, shared through Redis in the scaled mode).
READERS = 30
READER_EMAIL_DOMAIN = "bench.meridian.example"
READER_PASSWORD = "bench-reader-pass-7Qx"  # noqa: S105 - a throwaway site's readers
RESULTS = ROOT / "bench" / "results"
# wrk's own timeout (2 s) would leave slower responses out of the latency histogram.
WRK_TIMEOUT = "30s"
# Before each run, wait (a little) for other programs on the machine to go quiet.
QUIET_CPU_PERCENT = 15


# --- Inside Django (this file run again with the site's environment) -----------------


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()


def _prepare() -> dict:
    """Exactly-sized threads on three English articles, a fourth article to post to, and
    READERS readers with confirmed addresses who can sign in."""
    _django()
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from newsroom.accounts.models import Profile
    from newsroom.articles.models import ArticlePage
    from newsroom.comments import demo
    from newsroom.comments.models import Comment, Discussion, Vote

    User = get_user_model()
    voices = json.loads(demo.VOICES.read_text())
    live = list(ArticlePage.objects.live().select_related("locale").order_by("published_at", "pk"))
    busy = demo._busiest(live)
    english = [
        a for a in live if a.locale.language_code == "en" and a.pk != busy.pk and a.comments_open()
    ]
    if len(english) < len(SIZES) + 1:
        raise SystemExit(f"only {len(english)} open English articles besides the busiest")
    sized, to_post = english[: len(SIZES)], english[len(SIZES)]
    demo_readers = list(User.objects.filter(email__endswith=demo.DEMO_EMAIL_DOMAIN))
    password = make_password(READER_PASSWORD)  # hashed once: it is slow on purpose
    with transaction.atomic():
        for size, article in zip(SIZES, sized, strict=True):
            Comment.objects.filter(article=article).delete()
            Discussion.objects.filter(pk=article.pk).delete()
            demo._thread(article, demo_readers, voices["en"], size)
        # Regular commenters: their accounts are older than the days for which a new
        # account's first comment of a session asks for the proof of work.
        joined = timezone.now() - timedelta(days=90)
        readers = [
            User(username=f"bench-reader-{i}", email=f"reader{i}@{READER_EMAIL_DOMAIN}",
                 password=password, date_joined=joined)
            for i in range(READERS)
        ]  # fmt: skip
        readers = User.objects.bulk_create(readers)
        Profile.objects.bulk_create(
            Profile(user=user, display_name=f"Bench reader {i}", email_verified=True)
            for i, user in enumerate(readers)
        )
        EmailAddress.objects.bulk_create(
            EmailAddress(user=user, email=user.email, verified=True, primary=True)
            for user in readers
        )
        # Each reader has voted on a few of the first top-level comments of each thread,
        # so signed-in pages show votes of their own.
        for article in sized:
            first = list(
                Comment.objects.filter(article=article, parent=None)
                .order_by("-last_activity_at", "-id")
                .values_list("pk", flat=True)[:10]
            )
            Vote.objects.bulk_create(
                Vote(comment_id=pk, user=user, value=1 if (i + n) % 3 else -1)
                for i, user in enumerate(readers)
                for n, pk in enumerate(first)
                if (i + n) % 2 == 0
            )
    threads = []
    for size, article in zip(SIZES, sized, strict=True):
        stored = Comment.objects.filter(article=article).count()
        counted = Discussion.objects.get(pk=article.pk).comment_count
        if stored != size or counted != size:
            raise SystemExit(f"thread of {size}: {stored} rows, count says {counted}")
        threads.append({"size": size, "id": article.pk, "path": _path(article)})
    return {
        "threads": threads,
        "busiest": {"id": busy.pk, "path": _path(busy)},
        "post_to": {"id": to_post.pk, "path": _path(to_post)},
        "readers": [user.email for user in readers],
    }


def _path(article) -> str:
    return urllib.parse.urlsplit(article.get_url()).path


def _rows(article_id: int) -> dict:
    _django()
    from newsroom.comments.models import Comment, Discussion

    rows = Comment.objects.filter(article_id=article_id).values_list("pk", "author_id", "body")
    discussion = Discussion.objects.filter(pk=article_id).first()
    return {"rows": list(rows), "comment_count": discussion.comment_count if discussion else 0}


def _inside(env: dict, *args: str) -> dict:
    """Run this file in the site's environment; what it prints last is a JSON answer."""
    command = [PYTHON, str(Path(__file__).resolve()), *args]
    done = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- Outside: servers, readers, load ----------------------------------------------------


def _get(url: str, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        return response.status, response.read().decode()


def _drain(url: str) -> None:
    """Wait until the server has worked through what the last run left queued (wrk stops
    without waiting for its requests in flight), so that runs do not overlap."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = time.monotonic()
        _get(url + "/healthz")
        if time.monotonic() - started < 0.2:  # a queue of pages would take seconds
            return
    print("warning: the server was still busy a minute after the run", flush=True)


def _busy_cpu(seconds: float = 1.0) -> float:
    """Percent of all CPUs busy over a moment, from /proc/stat."""

    def sample() -> tuple[int, int]:
        fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total; idle + iowait

    total, idle = sample()
    time.sleep(seconds)
    total2, idle2 = sample()
    return round(100 * (1 - (idle2 - idle) / max(total2 - total, 1)), 1)


def _background_cpu() -> float:
    """CPU used by other programs while our server is idle: this machine is shared, and
    what else runs there takes CPU from the server and wrk. Waits up to 3 s for quiet."""
    deadline = time.monotonic() + 3
    busy = _busy_cpu(0.5)
    while busy > QUIET_CPU_PERCENT and time.monotonic() < deadline:
        busy = _busy_cpu(0.5)
    if busy > QUIET_CPU_PERCENT:
        print(f"warning: {busy}% of the CPUs busy with other work before this run", flush=True)
    return busy


def _warm(url: str) -> None:
    """Put the page into every worker's cache (the embedded default's cache is per
    process) before it is measured, so that a run starts from a steady state."""
    for _ in range(20):
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: _headers(url), range(8)))
        if all(headers.get("X-Page-Cache") == "hit" for headers in answers):
            return
    print(f"warning: {url} did not come from the page cache", flush=True)


def _headers(url: str):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - loopback
        response.read()
        return response.headers


def _check_reads(url: str, setup: dict) -> None:
    """Each URL answers 200 with what it should, before it is measured (and cached)."""
    for thread in setup["threads"]:
        status, page = _get(url + thread["path"])
        if status != 200 or f'data-comment-count="{thread["size"]}"' not in page:
            raise RuntimeError(f"article page of the {thread['size']} thread is wrong")
        status, body = _get(f"{url}/api/articles/{thread['id']}/comments")
        data = json.loads(body)
        if status != 200 or data["comment_count"] != thread["size"] or not data["items"]:
            raise RuntimeError(f"API page of the {thread['size']} thread is wrong: {body[:300]}")
    status, body = _get(url + _counts_path(setup))
    counts = json.loads(body)["counts"]
    for thread in setup["threads"]:
        if counts.get(str(thread["id"])) != thread["size"]:
            raise RuntimeError(f"comment counts are wrong: {body}")


def _counts_path(setup: dict) -> str:
    ids = [t["id"] for t in setup["threads"]] + [setup["busiest"]["id"], setup["post_to"]["id"]]
    return "/api/comment-counts?ids=" + ",".join(map(str, ids))


def _sign_in(url: str, email: str) -> dict:
    """Sign in through the login form, as a browser does: the session and CSRF cookies."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(url + "/en/accounts/login/", timeout=60).read()
    token = {c.name: c.value for c in jar}["csrftoken"]
    form = {"login": email, "password": READER_PASSWORD, "csrfmiddlewaretoken": token}
    opener.open(url + "/en/accounts/login/", urllib.parse.urlencode(form).encode(), timeout=60)
    cookies = {c.name: c.value for c in jar}
    if "sessionid" not in cookies:
        raise RuntimeError(f"{email} could not sign in")
    return {
        "cookie": f"sessionid={cookies['sessionid']}; csrftoken={cookies['csrftoken']}",
        "token": cookies["csrftoken"],
    }


# wrk's threads, numbered so that each walks its own share of the readers.
def _post_load(
    url: str, env: dict, setup: dict, seconds: int, folder: Path, readers: list[dict]
) -> dict:
    article = setup["post_to"]
    status, page = _get(url + article["path"], {"Cookie": readers[0]["cookie"]})
    if 'class="comment-form"' not in page:
        raise RuntimeError("a signed-in, confirmed reader sees no comment form")
    script = lua_script(
        folder, "post", readers=readers, path=f"/en/comments/{article['id']}/post/",
        folder=str(folder), run=folder.name[-6:], label="Benchmark comment", kind="form",
    )  # fmt: skip
    before = _inside(env, "_rows", str(article["id"]))
    background = _background_cpu()
    post_url = url + f"/en/comments/{article['id']}/post/"
    measured = wrk(post_url, seconds, CONNECTIONS, str(script), WRK_TIMEOUT)
    measured["background_cpu_percent"] = background
    return {"measured": measured, "before": before, "readers": len(readers)}


def _post_check(env: dict, setup: dict, folder: Path, load: dict) -> dict:
    """After the server has stopped: what wrk was answered against what was stored."""
    after = _inside(env, "_rows", str(setup["post_to"]["id"]))
    statuses: dict[str, int] = {}
    answered: set[int] = set()
    for answers in folder.glob("answers-*.txt"):
        for line in answers.read_text().splitlines():
            status, _, pk = line.partition(" ")
            statuses[status] = statuses.get(status, 0) + 1
            if pk.isdigit():
                answered.add(int(pk))
    known = {row[0] for row in load["before"]["rows"]}
    added = [row for row in after["rows"] if row[0] not in known]
    new = {row[0] for row in added}
    ok = sum(n for status, n in statuses.items() if status.startswith(("2", "3")))
    return {
        "answered_2xx": ok,
        "stored": len(new),
        "statuses": statuses,
        "answered_not_stored": len(answered - new),
        "stored_not_answered": len(new - answered),
        "count_before": load["before"]["comment_count"],
        "count_after": after["comment_count"],
        "rows_before": len(load["before"]["rows"]),
        "rows_after": len(after["rows"]),
        "distinct_bodies": len({row[2] for row in added}),
        "distinct_authors": len({row[1] for row in added}),
        "readers": load["readers"],
    }


def _server_errors(log: Path) -> tuple[int, list[str]]:
    """The number of lines the servers logged (warnings and worse), and each traceback
    with the line before it (what was being answered)."""
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback ")]
    ends = [start - 1 for start in starts[1:]] + [len(lines)] if starts else []
    pairs = zip(starts, ends, strict=True)
    blocks = ["\n".join(lines[max(0, a - 1) : min(b, a + 80)]) for a, b in pairs]
    return len(lines), blocks


PARTS = ("anon", "signed-in", "api", "post")


def run_mode(
    mode: str, seconds: int, workers: int, caches: list[str], parts: tuple[str, ...] = PARTS
) -> list[dict]:
    RESULTS.mkdir(exist_ok=True)
    log = RESULTS / f"comments-{mode}-server.log"
    log.unlink(missing_ok=True)
    results = []
    began = time.monotonic()

    def measure(url: str, path: str, what: str, size: int | None, cache: str) -> None:
        if cache in ("on", "expiring"):
            _warm(url + path)
        background = _background_cpu()
        measured = wrk(url + path, seconds, CONNECTIONS, timeout=WRK_TIMEOUT)
        _drain(url)
        results.append({"mode": mode, "what": what, "size": size, "cache": cache, **measured,
                        "background_cpu_percent": background})  # fmt: skip
        print(results[-1], flush=True)

    def measure_signed_in(url: str, thread: dict, cache: str, with_script: bool) -> None:
        path, size = thread["path"], thread["size"]
        paths = [path]
        if with_script:
            # What the site's script asks after the page: the section every signed-in
            # reader starts from (cached), and this reader's own parts for its comments.
            shared = f"/en/comments/{thread['id']}/section/shared/"
            _status, html = _get(url + shared, {"Cookie": readers[0]["cookie"]})
            ids = re.findall(r'<li class="comment comment--level-\d[^"]*" id="c(\d+)"', html)
            paths += [shared, f"/en/comments/{thread['id']}/mine/?ids={','.join(ids)}"]
        script = lua_script(
            folder, "read", readers=readers, paths=paths,
            extra_cookie="; nr_reader=1" if with_script else "",
        )  # fmt: skip
        status, page = _get(url + path, {"Cookie": readers[0]["cookie"]})
        if status != 200 or 'class="comment-form"' not in page:
            raise RuntimeError(f"a signed-in reader is not served their own page at {path}")
        for reader in readers[:4]:
            _get(url + path, {"Cookie": reader["cookie"]})  # warm this server's card cache
        background = _background_cpu()
        if with_script:
            _warm(url + path)  # the shared copy, made by a signed-out reader
        measured = wrk(url + path, seconds, CONNECTIONS, str(script), WRK_TIMEOUT)
        _drain(url)
        what = "article page + comments, signed in" + (
            " with script (shared page + shared section + own parts)"
            if with_script
            else " without script"
        )
        measured["page_views_per_second"] = round(measured["requests_per_second"] / len(paths))
        results.append({"mode": mode, "what": what, "size": size, "cache": cache, **measured,
                        "background_cpu_percent": background})  # fmt: skip
        print(results[-1], flush=True)

    readers: list[dict] = []
    memory: list[dict] = []
    folder = Path(tempfile.mkdtemp(prefix="newsroom-bench-post-"))  # wrk's answers
    try:
        with site(mode) as env:
            setup = _inside(env, "_prepare")
            print(f"[{mode}] site ready in {time.monotonic() - began:.0f} s: "
                  f"{setup['threads']}, posting to {setup['post_to']}", flush=True)  # fmt: skip
            for cache in caches:
                # Throughput, not abuse: 30 readers posting flat out would trip the
                # per-reader limit at once. Screening (the moderation pipeline) stays on.
                extra = {
                    "COMMENTS_POSTS_PER_MINUTE": "0",
                    "COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS": "0",
                }
                if cache == "expiring":
                    # Every cached page and section expires every 2 s under the load:
                    # one request rebuilds it while the others get the stale copy.
                    extra["PAGE_CACHE_SECONDS"] = extra["COMMENTS_CACHE_SECONDS"] = "2"
                if cache == "off":
                    extra["PAGE_CACHE_SECONDS"] = "0"
                with serve({**env, **extra}, workers, log) as (url, pid):
                    _check_reads(url, setup)
                    for thread in setup["threads"] if "anon" in parts else []:
                        path, size = thread["path"], thread["size"]
                        measure(url, path, "article page + comments", size, cache)
                    if not readers and ({"signed-in", "post"} & set(parts)):
                        # Sessions live in the database: one sign-in serves every server.
                        with ThreadPoolExecutor(8) as pool:
                            readers += pool.map(lambda e: _sign_in(url, e), setup["readers"])
                    for thread in setup["threads"] if "signed-in" in parts else []:
                        measure_signed_in(url, thread, cache, with_script=False)
                        measure_signed_in(url, thread, cache, with_script=True)
                    if "api" in parts:
                        for thread in setup["threads"]:
                            api = f"/api/articles/{thread['id']}/comments"
                            measure(url, api, "API thread, first page", thread["size"], cache)
                        counts = _counts_path(setup)
                        measure(url, counts, "API comment counts (5 ids)", None, cache)
                    if cache == caches[-1] and "post" in parts:
                        load = _post_load(url, env, setup, seconds, folder, readers)
                    memory.append({"cache": cache, **tree_memory_mb(pid)})
                    print(f"[{mode}] manage.py serve after the runs: {memory[-1]}", flush=True)
                # The server has stopped: every request it took has finished.
            if "post" in parts:
                check = _post_check(env, setup, folder, load)
                what = f"post comment (htmx, {load['readers']} readers)"
                results.append({"mode": mode, "what": what, "size": None, "cache": caches[-1],
                                **load["measured"], "posting": check})  # fmt: skip
                print(results[-1], flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    lines, tracebacks = _server_errors(log)
    for row in results:
        row["server_log_lines"], row["server_tracebacks"] = lines, len(tracebacks)
    results.append({"mode": mode, "what": "manage.py serve memory after the runs",
                    "memory": memory})  # fmt: skip
    (RESULTS / f"comments-{mode}.json").write_text(json.dumps(results, indent=2))
    print(f"[{mode}] done in {time.monotonic() - began:.0f} s; server log: {lines} lines, "
          f"{len(tracebacks)} tracebacks ({log.relative_to(ROOT)})")  # fmt: skip
    for traceback in tracebacks[:3]:
        print(traceback)
    return results


def print_markdown(results: list[dict]) -> None:
    print("| mode | what | comments | page cache | req/s | views/s | p99 ms | non-2xx/3xx | "
          "other CPU % |")  # fmt: skip
    print("|---|---|---:|---|---:|---:|---:|---:|---:|")
    for row in results:
        if "memory" in row:
            continue
        size = f"{row['size']:,}" if row["size"] else ""
        views = row.get("page_views_per_second", "")
        print(f"| {row['mode']} | {row['what']} | {size} | {row['cache']} | "
              f"{row['requests_per_second']:,} | {views} | {row['p99_ms']:,} | {row['non_2xx']} | "
              f"{row['background_cpu_percent']} |")  # fmt: skip
    for row in results:
        for taken in row.get("memory", []):
            each = ", ".join(f"{p['name']} {p['rss_mb']}" for p in taken["processes"])
            print(f"\n{row['mode']} manage.py serve after the runs with the page cache "
                  f"{taken['cache']}: RSS {taken['rss_mb']} MB summed, PSS {taken['pss_mb']} "
                  f"MB ({each})")  # fmt: skip
        if "posting" in row:
            p = row["posting"]
            print(f"\n{row['mode']} posting: {p['answered_2xx']} answered 2xx, {p['stored']} "
                  f"comments stored (rows {p['rows_before']} -> {p['rows_after']}, comment_count "
                  f"{p['count_before']} -> {p['count_after']}); statuses {p['statuses']}; "
                  f"answered but not stored: {p['answered_not_stored']}, stored but not "
                  f"answered (in flight when wrk stopped): {p['stored_not_answered']}; "
                  f"{p['distinct_bodies']} distinct bodies by {p['distinct_authors']} "
                  f"readers")  # fmt: skip


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_prepare":
        print(json.dumps(_prepare()))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_rows":
        print(json.dumps(_rows(int(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="all", choices=["sqlite", "postgres", "all"])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--cache",
        default="on,off",
        help="page cache for the reads, some of: on (as configured), off "
        "(PAGE_CACHE_SECONDS=0), expiring (pages and sections expire every 2 s); posting "
        "runs on the last server",
    )
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"what to measure, some of {','.join(PARTS)} (default: all)",
    )
    options = parser.parse_args()
    parts = tuple(options.only.split(","))
    if set(parts) - set(PARTS):
        parser.error(f"--only takes some of {','.join(PARTS)}")
    caches = options.cache.split(",")
    if not caches or set(caches) - {"on", "off", "expiring"}:
        parser.error("--cache takes some of on, off, expiring")
    modes = ["sqlite", "postgres"] if options.mode == "all" else [options.mode]
    results = []
    for mode in modes:
        mode_results = run_mode(mode, options.seconds, options.workers, caches, parts)
        print_markdown(mode_results)
        results += mode_results
    if len(modes) > 1:
        print()
        print_markdown(results)
    print(f"saved to bench/results/comments-<mode>.json  ({PYTHON})")


if __name__ == "__main__":
    main()
