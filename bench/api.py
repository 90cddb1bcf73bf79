"""The JSON API under load (wrk, 32 connections, granian with 2 workers, loopback only).

- cached reads: a 100-comment thread's first page and counts for 5 articles, anonymous;
- posting: 30 readers with confirmed addresses post, in turn, each request a new body,
  every screening check on (rate limits off: throughput, not abuse), first through the
  page's own form (htmx, session and CSRF token), then through the API
  (`POST /api/articles/<id>/comments` with each reader's personal token), each to an
  article of its own; afterwards each 2xx answer is checked against the stored rows.

    .venv/bin/python bench/api.py [--seconds 5]

Results go to bench/results/api-sqlite.json.
"""

import argparse
import json
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import comments as comment_bench
from harness import granian, lua_script, site, wrk

CONNECTIONS = 32
WRK_TIMEOUT = "30s"
RESULTS = comment_bench.RESULTS


def _tokens(emails: list[str], article_id: int) -> dict:
    """Inside Django: a write token for each bench reader, and a second article to post to."""
    comment_bench._django()
    from django.contrib.auth import get_user_model

    from newsroom.api.actions import do_create_token
    from newsroom.articles.models import ArticlePage

    users = get_user_model().objects.filter(email__in=emails)
    tokens = [do_create_token(user, "bench", ["write"])[1] for user in users]
    other = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .exclude(pk=article_id)
        .order_by("-published_at")
    )
    article = next(a for a in other if a.comments_open())
    return {"tokens": tokens, "api_post_to": {"id": article.pk}}


def _inside(env: dict, *args: str) -> dict:
    import subprocess

    command = [comment_bench.PYTHON, str(Path(__file__).resolve()), *args]
    done = subprocess.run(
        command, cwd=comment_bench.ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _api_post_load(url, env, article_id, tokens, seconds, folder) -> dict:
    path = f"/api/articles/{article_id}/comments"
    script = lua_script(
        folder, "post", readers=tokens, path=path, folder=str(folder),
        run=folder.name[-6:], label="API benchmark comment", kind="api",
    )  # fmt: skip
    before = comment_bench._inside(env, "_rows", str(article_id))
    background = comment_bench._background_cpu()
    measured = wrk(url + path, seconds, CONNECTIONS, str(script), WRK_TIMEOUT)
    measured["background_cpu_percent"] = background
    return {"measured": measured, "before": before, "readers": len(tokens)}


def run(seconds: int) -> list[dict]:
    RESULTS.mkdir(exist_ok=True)
    log = RESULTS / "api-sqlite-server.log"
    log.unlink(missing_ok=True)
    results: list[dict] = []
    page_folder = Path(tempfile.mkdtemp(prefix="newsroom-bench-page-post-"))
    api_folder = Path(tempfile.mkdtemp(prefix="newsroom-bench-api-post-"))

    def measure(url: str, path: str, what: str) -> None:
        comment_bench._warm(url + path)
        background = comment_bench._background_cpu()
        measured = wrk(url + path, seconds, CONNECTIONS, timeout=WRK_TIMEOUT)
        comment_bench._drain(url)
        results.append({"what": what, **measured, "background_cpu_percent": background})
        print(results[-1], flush=True)

    try:
        with site("sqlite") as env:
            setup = comment_bench._inside(env, "_prepare")
            made = _inside(
                env, "_tokens", json.dumps(setup["readers"]), str(setup["post_to"]["id"])
            )
            extra = {"COMMENTS_POSTS_PER_MINUTE": "0", "COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS": "0"}
            with granian("newsroom.asgi:application", {**env, **extra}, 2, log) as url:
                small = setup["threads"][0]
                measure(url, f"/api/articles/{small['id']}/comments", "API thread, cached")
                measure(url, comment_bench._counts_path(setup), "API counts (5 ids), cached")
                with ThreadPoolExecutor(8) as pool:
                    readers = list(
                        pool.map(lambda e: comment_bench._sign_in(url, e), setup["readers"])
                    )
                page_load = comment_bench._post_load(url, env, setup, seconds, page_folder, readers)
                api_load = _api_post_load(
                    url, env, made["api_post_to"]["id"], made["tokens"], seconds, api_folder
                )
            page_check = comment_bench._post_check(env, setup, page_folder, page_load)
            api_setup = {"post_to": made["api_post_to"]}
            api_check = comment_bench._post_check(env, api_setup, api_folder, api_load)
            results.append({"what": "post through the page (htmx)", **page_load["measured"],
                            "posting": page_check})  # fmt: skip
            results.append({"what": "post through the API (token)", **api_load["measured"],
                            "posting": api_check})  # fmt: skip
    finally:
        shutil.rmtree(page_folder, ignore_errors=True)
        shutil.rmtree(api_folder, ignore_errors=True)
    (RESULTS / "api-sqlite.json").write_text(json.dumps(results, indent=2))
    for row in results:
        line = f"| {row['what']} | {row['requests_per_second']:,.0f} | {row.get('p99_ms')} |"
        print(line)
        if "posting" in row:
            print("   ", {k: row["posting"][k] for k in ("answered_2xx", "stored", "statuses",
                                                        "answered_not_stored")})  # fmt: skip
    return results


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_tokens":
        print(json.dumps(_tokens(json.loads(sys.argv[2]), int(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    began = time.monotonic()
    run(parser.parse_args().seconds)
    print(f"done in {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
