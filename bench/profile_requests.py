"""Where one request's time goes: a commenter's requests profiled inside one process.

On the same prepared site as bench/comments.py (the 100-comment thread and its readers),
each kind of request is made --repeat times through Django's own request handler (every
middleware, no network), timed per request, its queries counted, and profiled with
cProfile; the functions that took most of the time are printed per kind. For finding what
to cut, not for throughput figures (bench/comments.py measures those). Usage:

    .venv/bin/python bench/profile_requests.py [sqlite|postgres] [--repeat 300]
        [--only mine,shared,page,miss,post] [--top 25]
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import sys
import time
from pathlib import Path

from harness import site

KINDS = ("mine", "shared", "page", "miss", "post")


def _profile_inside(kinds: list[str], repeat: int, top: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import comments as bench_comments  # the same site as the throughput benchmark
    from django.db import connection
    from django.test import Client

    setup = bench_comments._prepare()
    thread = setup["threads"][0]
    reader = Client()
    reader.post(
        "/en/accounts/login/",
        {"login": setup["readers"][0], "password": bench_comments.READER_PASSWORD},
    )
    shared = f"/en/comments/{thread['id']}/section/shared/"
    html = reader.get(shared).content.decode()
    ids = re.findall(r'id="c(\d+)"', html)
    posted = [0]

    def post() -> int:
        posted[0] += 1
        body = f"Profiled comment {posted[0]}: the harbour and the grain matter more."
        answer = reader.post(
            f"/en/comments/{setup['post_to']['id']}/post/", {"body": body}, HTTP_HX_REQUEST="true"
        )
        if answer.status_code != 200:
            raise RuntimeError(f"posting answered {answer.status_code}: {answer.content[:500]}")
        return answer.status_code

    requests = {
        "mine": lambda: (
            reader.get(f"/en/comments/{thread['id']}/mine/?ids={','.join(ids)}").status_code
        ),
        "shared": lambda: reader.get(shared).status_code,
        "page": lambda: reader.get(thread["path"]).status_code,
        "miss": lambda: Client().get(thread["path"]).status_code,
        "post": post,
    }
    from django.conf import settings

    for kind in kinds:
        make = requests[kind]
        status = make()  # the first one warms caches and imports
        queries: list[str] = []

        def note(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(note):
            make()
        times = []
        profiler = cProfile.Profile()
        for _ in range(repeat):
            started = time.perf_counter()
            profiler.enable()
            make()
            profiler.disable()
            times.append(time.perf_counter() - started)
        times.sort()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
        print(f"\n=== {kind}: status {status}, {len(queries)} queries, "
              f"median {1000 * times[len(times) // 2]:.2f} ms, "
              f"p90 {1000 * times[int(len(times) * 0.9)]:.2f} ms "
              f"(page cache {settings.PAGE_CACHE_SECONDS} s)")  # fmt: skip
        for sql in queries:
            print("   ", sql[:160])
        print(out.getvalue())


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_inside":
        _profile_inside(sys.argv[2].split(","), int(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="sqlite", choices=["sqlite", "postgres"])
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--only", default=",".join(KINDS))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    kinds = [kind for kind in args.only.split(",") if kind]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
    import subprocess

    with site(args.mode) as env:
        # Posting as fast as it can: the per-reader rate limits would refuse at once.
        limits_off = {
            "COMMENTS_POSTS_PER_MINUTE": "0",
            "COMMENTS_POSTS_PER_MINUTE_PER_ADDRESS": "0",
        }
        env = {**env, **limits_off}
        command = [sys.executable, __file__, "_inside", ",".join(kinds), str(args.repeat),
                   str(args.top)]  # fmt: skip
        subprocess.run(command, env=env, check=True)
    print(json.dumps({"done": kinds}))


if __name__ == "__main__":
    main()
