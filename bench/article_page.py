"""Benchmark: anonymous article-page requests per second and p99, cached and uncached.

Runs on loopback only, each load for a bounded time (wrk, 32 connections, 10 s), against
granian with one worker per core, on the embedded default and on PostgreSQL + Redis,
beside a hello-world ASGI app under the same server (the ceiling). Usage:

    .venv/bin/python bench/article_page.py [--seconds 10] [--modes sqlite,postgres]
"""

import argparse
import subprocess

from harness import PYTHON, ROOT, granian, print_table, save, site, wrk

ARTICLE = "/en/business/en1-port-strike-halts-grain-exports/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--modes", default="sqlite,postgres")
    options = parser.parse_args()
    results = []

    with granian("bench.hello_asgi:application", {}, options.workers) as url:
        results.append({"what": "hello-world ASGI (ceiling)", **wrk(url, options.seconds)})
        print(results[-1], flush=True)

    for mode in options.modes.split(","):
        with site(mode) as env:
            for cached in (True, False):
                run_env = {**env, "PAGE_CACHE_SECONDS": "300" if cached else "0"}
                with granian("newsroom.asgi:application", run_env, options.workers) as url:
                    subprocess.run(["curl", "-s", "-o", "/dev/null", url + ARTICLE], check=True)
                    label = f"article page, {mode}, {'cached' if cached else 'uncached'}"
                    results.append({"what": label, **wrk(url + ARTICLE, options.seconds)})
                    print(results[-1], flush=True)

    print_table(results)
    print(f"saved to {save('article_page', results).relative_to(ROOT)}  ({PYTHON})")


if __name__ == "__main__":
    main()
