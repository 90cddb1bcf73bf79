"""Benchmark: what counting a request costs, in microseconds per request, in one process.

The request-id and metrics middleware around a view that does nothing, and the count
newsroom/asgi.py adds to a page answered from the cache before Django (a counter, a
histogram, a request id), each timed over a bounded number of calls (multi-process
mode: the counts go to memory-mapped files, as in production). Usage:

    .venv/bin/python bench/metrics_overhead.py [--calls 200000]
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATA_DIR", tempfile.mkdtemp(prefix="newsroom-bench-metrics-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.http import HttpResponse  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from newsroom.operations.middleware import (  # noqa: E402
    RequestIdMiddleware,
    RequestMetricsMiddleware,
    answered_from_page_cache,
)


def per_call(function, calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200_000)
    calls = parser.parse_args().calls
    request = RequestFactory().get("/healthz")
    answer = HttpResponse(b"ok")

    def bare(_request):
        return answer

    wrapped = RequestIdMiddleware(RequestMetricsMiddleware(bare))
    scope = {"type": "http", "method": "GET", "path": "/", "headers": [(b"host", b"x")]}
    results = {
        "calls": calls,
        "view alone (us)": per_call(lambda: bare(request), calls),
        "view with request id + metrics middleware (us)": per_call(lambda: wrapped(request), calls),
        "asgi page-cache hit count + request id (us)": per_call(
            lambda: answered_from_page_cache(scope, 200, time.perf_counter()), calls
        ),
        "load average": os.getloadavg(),
    }
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
