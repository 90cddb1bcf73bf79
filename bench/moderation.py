"""Benchmark: how well, and how fast, the screening pipeline sorts abuse from debate in
each of the seven editions' languages.

Runs the real pipeline (the shipped word lists, threat rules, spam signals, every
check, the configured toxicity scorer) over bench/data/labelled_comments.jsonl: comments
written for the project in en, ar, es, ru, de, fr and sr (Serbian in both scripts),
labelled "abusive" (threats, calls to violence, telling someone to die, dehumanising,
hate, sexual harassment, harassment) or "acceptable" (harsh political opinion, harmless
swearing, quotes of abuse, debate, hard cases such as pests or "I will find you the
link"), each split "tune" or "test". Comments came in five batches: 1 was written with the
tuning half, 2 after the rules (measured once, then used to widen them), 3 after that
and measured once; its misses were then read, and batch 4 written: its tuning half in
the kinds batch 3 missed (in other words), its test half before any rule changed. The
rules that followed (veiled_rules.py) were written for the kinds batch 4's test half
missed too, so batches 3 and 4 no longer measure text the rules never saw. Batch 5 (test
only) was written after the last rule change and has never been used to change anything:
it is the figure for comments the rules have not seen. Each comment is posted under an
article of its language's edition by an established reader: the trust checks (new readers, rejection
rates, new accounts' links, pre-moderation) judge people, not text, and would hold
everything here.

A comment counts as caught when the pipeline would not publish it as written: rejected,
held, or (for a new comment) stopped with a warning. For each language and split: the
share of abusive comments caught (recall), the share of acceptable ones published, and
precision. Then the speed: every comment screened once per round, one at a time, one
process, the per-comment time of the whole pipeline (its queries included) as p50/p99,
and comments per second. Results go to bench/results/moderation.json. Usage:

    .venv/bin/python bench/moderation.py [--rounds 3] [--scorer dotted.path]
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "labelled_comments.jsonl"
RESULTS = ROOT / "bench" / "results" / "moderation.json"
sys.path.insert(0, str(ROOT))
LANGUAGES = ["en", "ar", "es", "ru", "de", "fr", "sr"]


def setup_django(data_dir: str, scorer: str | None) -> None:
    os.environ.update(DATA_DIR=data_dir, LOG_LEVEL="WARNING", DEBUG="false")
    if scorer:
        os.environ["MODERATION_SCORER"] = scorer
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _unsaved_comment(row, index, articles, authors):
    """The row's text as a comment in its language's edition, by one of the authors."""
    from newsroom.comments.models import Comment

    return Comment(
        article=articles[row["language"]], author=authors[index % len(authors)], body=row["text"]
    )


def screen_all(rows, articles, authors, rules):
    """Every comment through the pipeline once: (caught?, deciding checks, seconds)."""
    from newsroom.moderation import pipeline

    screened = []
    for index, row in enumerate(rows):
        comment = _unsaved_comment(row, index, articles, authors)
        started = time.perf_counter()
        subject = pipeline.Subject(comment, False, False, rules)
        results = pipeline.run_checks(subject)
        elapsed = time.perf_counter() - started
        stopping = [r.check for r in results if r.verdict in ("hold", "reject", "warn")]
        others = [name for name in stopping if name != "toxicity"]
        toxicity = next((r.score for r in results if r.check == "toxicity"), None)
        screened.append((bool(stopping), stopping, elapsed, bool(others), toxicity))
    return screened


TEXT_CHECKS = ["check_language", "check_words", "check_threats", "check_links", "check_shouting",
               "check_toxicity"]  # fmt: skip


def time_text_checks(rows, articles, authors, rules) -> list[float]:
    """Milliseconds per comment for the checks that read only the text (no query)."""
    from newsroom.moderation import checks

    functions = [getattr(checks, name) for name in TEXT_CHECKS]
    times = []
    for index, row in enumerate(rows):
        comment = _unsaved_comment(row, index, articles, authors)
        started = time.perf_counter()
        subject = checks.Subject(comment, False, False, rules)
        for function in functions:
            function(subject)
        times.append((time.perf_counter() - started) * 1000)
    return times


def figures(pairs) -> dict:
    tp = fp = fn = tn = 0
    by_kind = defaultdict(lambda: [0, 0])
    for row, (caught, *_rest) in pairs:
        abusive = row["label"] == "abusive"
        tp += caught and abusive
        fp += caught and not abusive
        fn += abusive and not caught
        tn += not caught and not abusive
        by_kind[row["kind"]][0] += caught
        by_kind[row["kind"]][1] += 1
    return {
        "abusive_caught": round(tp / (tp + fn), 3) if tp + fn else None,
        "acceptable_published": round(tn / (tn + fp), 3) if tn + fp else None,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "caught_by_kind": {kind: f"{n}/{total}" for kind, (n, total) in sorted(by_kind.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over all comments")
    parser.add_argument("--scorer", help="MODERATION_SCORER for this run (default: settings)")
    parser.add_argument("--toxicity-hold", type=float, help="toxicity threshold for this run")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as data_dir:
        setup_django(data_dir, args.scorer)
        from django.conf import settings
        from django.contrib.auth import get_user_model

        from newsroom.articles.editions import ensure_editions
        from newsroom.articles.tests.factories import make_article, section
        from newsroom.moderation import languages
        from newsroom.moderation.models import ModerationSettings
        from newsroom.moderation.scorers import configured_scorer

        ensure_editions()
        articles = {
            code: make_article(section(language=code), title=f"Benchmark {code}", with_image=False)
            for code in LANGUAGES
        }
        User = get_user_model()
        authors = [
            User.objects.create_user(username=f"bench{n}", email=f"bench{n}@example.com")
            for n in range(20)
        ]
        rules = ModerationSettings.current()
        rules.new_reader_approvals = 0
        rules.new_account_link_days = 0
        if args.toxicity_hold is not None:
            rules.toxicity_hold = args.toxicity_hold
        rules.save()
        rules = ModerationSettings.current()
        configured_scorer()  # load the models before the clock starts, as a warm server has
        languages.identifier()
        rounds = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            screened = screen_all(rows, articles, authors, rules)
            rounds.append((time.perf_counter() - started, screened))
        text_times = []
        for _ in range(args.rounds):
            text_times.extend(time_text_checks(rows, articles, authors, rules))
        scorer_name = settings.MODERATION_SCORER

    screened = rounds[-1][1]
    pairs = list(zip(rows, screened, strict=True))
    per_language = {}
    for code in LANGUAGES:
        mine = [(r, s) for r, s in pairs if r["language"] == code]
        per_language[code] = {
            "tune": figures([(r, s) for r, s in mine if r["split"] == "tune"]),
            "test": figures([(r, s) for r, s in mine if r["split"] == "test"]),
            # See the module's docstring: batch 5 alone has never changed anything.
            **{
                f"test_batch_{batch}": figures(
                    [(r, s) for r, s in mine if r.get("batch") == batch and r["split"] == "test"]
                )
                for batch in (2, 3, 4, 5)
            },
        }
    misses = [
        {"language": r["language"], "split": r["split"], "batch": r.get("batch", 1),
         "label": r["label"], "kind": r["kind"], "text": r["text"], "stopped_by": s[1]}
        for r, s in pairs
        if (r["label"] == "abusive") != s[0]
    ]  # fmt: skip
    latencies = sorted(entry[2] * 1000 for _elapsed, run in rounds for entry in run)
    curve = {}
    for threshold in [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]:
        line = {}
        for code in LANGUAGES:
            tune = [
                (r, (others or (score is not None and score >= threshold),))
                for r, (_c, _s, _e, others, score) in pairs
                if r["language"] == code and r["split"] == "tune"
            ]
            result = figures(tune)
            line[code] = f"{result['abusive_caught']}/{result['acceptable_published']}"
        curve[str(threshold)] = line
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    report = {
        "comments": len(rows),
        "scorer": scorer_name,
        "per_language": per_language,
        "all_test": figures([(r, s) for r, s in pairs if r["split"] == "test"]),
        "all_tune": figures([(r, s) for r, s in pairs if r["split"] == "tune"]),
        **{
            f"all_test_batch_{batch}": figures(
                [(r, s) for r, s in pairs if r.get("batch") == batch and r["split"] == "test"]
            )
            for batch in (2, 3, 4, 5)
        },
        "tune_curve_caught_published_by_toxicity_threshold": curve,
        "screened_per_second": [round(len(rows) / elapsed, 1) for elapsed, _run in rounds],
        "ms_per_comment": {
            "p50": round(statistics.median(latencies), 2),
            "p99": round(p99, 2),
            "max": round(latencies[-1], 2),
        },
        "text_checks_only": {
            "checks": TEXT_CHECKS,
            "per_second": round(1000 * len(text_times) / sum(text_times), 1),
            "p50_ms": round(statistics.median(text_times), 2),
            "p99_ms": round(sorted(text_times)[int(0.99 * (len(text_times) - 1))], 2),
        },
        "wrong": misses,
        "load_average": os.getloadavg(),
        "note": "one process, SQLite, every check, one comment at a time",
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    summary = {k: v for k, v in report.items() if k != "wrong"}
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    print(f"{len(misses)} wrong (listed in {RESULTS.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
