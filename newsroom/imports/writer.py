# ruff: noqa: S608 - the raw SQL here is built from quoted table names and %s placeholders only
"""Parsed records into comments: a first pass that writes them in batches (a reply whose
parent is already written arrives linked), and a second that links the other replies to
their parents and sets every counter.

Memory stays bounded whatever the file's size: a batch of records at a time, a capped
cache of thread -> article, and a second pass that works from the ImportedRecord table
in chunks (and SQL's recursive queries for depths, so no Python recursion anywhere).
Each batch is its own transaction: other writers wait for one batch at most, and an
import stopped half-way is finished by running it again.
"""

import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO

from django.db import connection, transaction
from django.db.models import Count, Exists, Max, OuterRef
from django.utils.translation import gettext_lazy as _

from newsroom.comments import threads
from newsroom.comments.models import Comment, Discussion
from newsroom.core import page_cache
from newsroom.imports import bodies
from newsroom.imports.authors import Authors, key_for
from newsroom.imports.matching import ArticleMatcher
from newsroom.imports.models import ImportedRecord, ImportedThread
from newsroom.imports.records import CommentRecord, Kind, Problem, Source, State, ThreadRecord

# Comments written per transaction: larger batches dirty fewer index pages per comment
# (each batch touches about one leaf page per article and index, whatever its size),
# and other writers wait for one batch at most (about a second). A batch is also cut
# when its text passes BATCH_CHARS, so memory stays bounded with huge comments.
BATCH = 2000
BATCH_CHARS = 20_000_000
ARTICLE_BATCH = 50
MAX_ERRORS = 200
MAX_UNMATCHED = 100
THREAD_CACHE = 20_000
PRUNE_ROUNDS = 50
DEEPEST = 32767  # Comment.depth is a small integer; deeper replies keep their parent
SPAM_REASON = "Marked as spam in the old comment system."
# Plain strings: an enum member's lookup costs more than the rest of a row's handling.
PUBLISHED, PENDING = Comment.Status.PUBLISHED.value, Comment.Status.PENDING.value
REJECTED = Comment.Status.REJECTED.value
PENDING_REASON = "Awaiting moderation in the old comment system."
TOMBSTONE = ImportedRecord.Outcome.TOMBSTONE.value

LABELS = {
    "threads_matched": _("threads matched to an article"),
    "matched_by_url": _("… by the article's address"),
    "matched_by_map": _("… by the map of moved stories"),
    "matched_by_redirect": _("… by a redirect (old slug or moved page)"),
    "matched_by_slug": _("… by a slug only one article has"),
    "threads_unmatched": _("threads matching no article"),
    "published": _("comments published"),
    "pending": _("comments awaiting moderation"),
    "rejected": _("comments rejected (spam)"),
    "deleted": _("deleted comments (kept as “Comment deleted” if they have replies)"),
    "tombstones": _("deleted comments kept for their replies"),
    "deleted_left_out": _("deleted comments without replies, left out"),
    "pingbacks": _("pingbacks and trackbacks, skipped"),
    "already_imported": _("comments imported before, skipped"),
    "unmatched_thread": _("comments in threads matching no article, skipped"),
    "unknown_thread": _("comments naming a thread that is not in the file, skipped"),
    "duplicates": _("comments appearing twice in the file, skipped"),
    "problems": _("records that could not be read, skipped"),
    "authors_new": _("new reader accounts (unclaimed until the address is confirmed)"),
    "authors_existing": _("authors matched to readers with that confirmed address"),
    "replies_linked": _("replies linked to their parents"),
    "parents_missing": _("replies whose parent is not there (shown at the top level)"),
    "parents_elsewhere": _("replies whose parent is in another thread (shown at the top level)"),
    "cycles_broken": _("replies in a reply cycle (shown at the top level)"),
}


@dataclass
class Report:
    counts: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)
    error_count: int = 0
    fatal: bool = False
    unmatched: list[dict] = field(default_factory=list)  # the largest unmatched threads

    def problem(self, line: int, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append({"line": line, "message": message})

    def lines(self) -> list[str]:
        return [f"{LABELS.get(key, key)}: {count}" for key, count in self.counts.items() if count]


class Writer:
    def __init__(
        self,
        *,
        matcher: ArticleMatcher,
        run=None,
        dry_run: bool = False,
        progress: Callable[[str], None] | None = None,
    ):
        self.matcher = matcher
        self.run = run
        self.dry_run = dry_run
        self.progress = progress or (lambda phase: None)
        self.source = ""
        self.report = Report()
        self.authors = Authors(dry_run=dry_run)
        self.pending: list[CommentRecord] = []
        self.pending_chars = 0
        self.threads: dict[str, int | None] = {}
        self.unmatched: Counter = Counter()  # thread key -> comments, for the report
        self.unmatched_threads: dict[str, tuple[str, str]] = {}  # key -> (url, title), capped
        self.seen_in_file: set[str] = set()  # a dry run's duplicate check (capped)
        self.spool: IO[bytes] | None = None  # comments whose thread has not come yet
        self.spooled = 0
        self.replaying = False

    # --- First pass ----------------------------------------------------------------

    def write(self, records: Iterable) -> Report:
        for record in records:
            if isinstance(record, CommentRecord):
                if record.kind != Kind.COMMENT:
                    self.report.counts["pingbacks"] += 1
                    continue
                self.pending.append(record)
                self.pending_chars += len(record.html) + len(record.text or "")
                if len(self.pending) >= BATCH or self.pending_chars >= BATCH_CHARS:
                    self._flush()
            elif isinstance(record, ThreadRecord):
                self._thread(record)
            elif isinstance(record, Problem):
                self.report.problem(record.line, record.message)
                if record.fatal:
                    self.report.fatal = True
                else:
                    self.report.counts["problems"] += 1
            elif isinstance(record, Source):
                self._flush()
                self.source = record.name
        self._flush()
        self._replay_spooled()
        self._report_unmatched()
        if not self.dry_run:
            self.link()
        return self.report

    # Comments that name a thread not seen yet wait on disk (an anonymous temporary
    # file this process writes and reads back, so memory stays bounded) until the whole
    # file has been read, in case their thread comes later in it.

    def _spool(self, records: list[CommentRecord]) -> None:
        if self.spool is None:
            self.spool = tempfile.TemporaryFile()
        for record in records:
            pickle.dump((self.source, record), self.spool, protocol=pickle.HIGHEST_PROTOCOL)
        self.spooled += len(records)

    def _replay_spooled(self) -> None:
        if self.spool is None:
            return
        spool, self.spool = self.spool, None
        self.replaying = True
        self.progress(str(_("comments whose thread came later")))
        with spool:
            spool.seek(0)
            for _n in range(self.spooled):
                # Safe to unpickle: the file is this process's own anonymous temporary file.
                source, record = pickle.load(spool)  # noqa: S301
                if source != self.source:
                    self._flush()
                    self.source = source
                self.pending.append(record)
                if len(self.pending) >= BATCH:
                    self._flush()
            self._flush()

    def _thread(self, record: ThreadRecord) -> None:
        keys = (record.key, *record.aliases)
        known = (
            ImportedThread.objects.filter(source=self.source, source_id=record.key)
            .exclude(article=None)
            .values_list("article_id", "matched_by")
            .first()
        )
        article_id, how = known or self.matcher.match(record.url, record.slug)
        if article_id:
            self.report.counts["threads_matched"] += 1
            self.report.counts[f"matched_by_{how}"] += 1
        else:
            self.report.counts["threads_unmatched"] += 1
            if len(self.unmatched_threads) < THREAD_CACHE:
                self.unmatched_threads[record.key] = (record.url, record.title)
        if len(self.threads) >= THREAD_CACHE and not self.dry_run:
            self.threads.clear()  # the table has them (a dry run writes none: it keeps all)
        for key in keys:
            self.threads[key] = article_id
            if not self.dry_run:
                ImportedThread.objects.update_or_create(
                    source=self.source, source_id=key[:300],
                    defaults={"url": record.url, "title": record.title, "article_id": article_id,
                              "matched_by": how, "run": self.run, "comments_seen": 0},
                )  # fmt: skip

    def _articles_for(self, keys: set[str]) -> dict[str, int | None]:
        missing = [key for key in keys if key not in self.threads]
        if missing and not self.dry_run:
            for key, article_id in ImportedThread.objects.filter(
                source=self.source, source_id__in=missing
            ).values_list("source_id", "article_id"):
                self.threads[key] = article_id
        return {key: self.threads[key] for key in keys if key in self.threads}

    def _flush(self) -> None:
        batch, self.pending, self.pending_chars = self.pending, [], 0
        if not batch:
            return
        counts = self.report.counts
        with transaction.atomic():
            keys = [record.key[:300] for record in batch]
            done = {key for (key,) in _records_by_key(self.source, keys, "r.source_id")}
            fresh, in_batch = [], set()
            for record in batch:
                key = record.key[:300]
                if key in done:
                    counts["already_imported"] += 1
                elif key in in_batch or (self.dry_run and key in self.seen_in_file):
                    counts["duplicates"] += 1
                    self.report.problem(record.line, f"comment {key} appears twice; the second"
                                        " is skipped")  # fmt: skip
                else:
                    in_batch.add(key)
                    fresh.append(record)
            articles = self._articles_for({record.thread_key for record in fresh})
            if not self.replaying:
                early = [record for record in fresh if record.thread_key not in articles]
                if early:
                    self._spool(early)
                    in_batch -= {record.key[:300] for record in early}
                    fresh = [record for record in fresh if record.thread_key in articles]
            if self.dry_run and len(self.seen_in_file) < 2_000_000:
                self.seen_in_file |= in_batch
            placed: list[tuple[CommentRecord, int]] = []
            for record in fresh:
                if record.thread_key not in articles:
                    counts["unknown_thread"] += 1
                    message = f"comment {record.key} names thread {record.thread_key}"
                    self.report.problem(record.line, message + ", which is not in the file")
                elif articles[record.thread_key] is None:
                    counts["unmatched_thread"] += 1
                    self.unmatched[record.thread_key] += 1
                else:
                    placed.append((record, int(articles[record.thread_key] or 0)))
            users = self.authors.users_for([record.author for record, _a in placed], self.source)
            made = []
            for record, article_id in placed:
                comment, outcome = self._comment(record, article_id)
                comment.author_id = users.get(key_for(record.author, self.source)) or None
                counts[outcome] += 1
                kept_as = TOMBSTONE if outcome == "deleted" else outcome
                made.append((record, comment, kept_as))
            if not self.dry_run and made:
                self._insert(made)
        counts["authors_new"] = self.authors.placeholders
        counts["authors_existing"] = self.authors.readers
        self.progress(str(_("reading")))

    def _insert(self, made: list[tuple[CommentRecord, "NewComment", str]]) -> None:
        """Insert a batch's comments and their records. A reply whose parent is already
        here (imported before, or earlier in this batch: the usual case, since exports
        run oldest first) arrives linked, with its depth and thread, so the second pass
        has nothing to write for it and it never enters the top-level indexes."""
        parents = self._parents_of({record.parent_key[:300] for record, _c, _o in made})
        run_id = self.run.pk if self.run else None
        linked = 0
        for start in range(0, len(made), ROWS_PER_INSERT):
            chunk = made[start : start + ROWS_PER_INSERT]
            for record, comment, _outcome in chunk:
                parent = parents.get(record.parent_key[:300]) if record.parent_key else None
                if parent is not None and parent[1] == comment.article_id:
                    comment.parent_id, comment.root_id = parent[0], parent[3] or parent[0]
                    comment.depth = min(parent[2] + 1, DEEPEST)
                    linked += 1
            ids = _insert_comments([comment for _r, comment, _o in chunk])
            rows = []
            for (record, comment, outcome), comment_id in zip(chunk, ids, strict=True):
                key = record.key[:300]
                parents[key] = (comment_id, comment.article_id, comment.depth, comment.root_id)
                # Nothing left for the second pass: no parent, or linked already (but a
                # tombstone waits, to be left out if it has no replies).
                done = outcome != TOMBSTONE and (not record.parent_key or comment.parent_id)
                rows.append((self.source, key, run_id, comment_id, record.parent_key[:300],
                             outcome, record.line, bool(done), False))  # fmt: skip
            _insert_records(rows)
        self.report.counts["replies_linked"] += linked
        articles = {comment.article_id for _r, comment, _o in made}
        ImportedThread.objects.filter(article_id__in=articles, counted=True).update(counted=False)

    def _parents_of(self, keys: set[str]) -> dict[str, tuple[int, int, int, int | None]]:
        """{source id: (comment id, article id, depth, root id)} of those imported before."""
        keys.discard("")
        if not keys:
            return {}
        rows = _records_by_key(self.source, list(keys), "r.source_id, c.id, c.article_id,"
                               " c.depth, c.root_id", with_comment=True)  # fmt: skip
        return {key: (comment, article, depth, root) for key, comment, article, depth, root in rows}

    def _comment(self, record: CommentRecord, article_id: int) -> tuple["NewComment", str]:
        state = record.state
        html = "" if state == State.DELETED else bodies.clean(record.html)
        text = record.text if record.text is not None else bodies.plain_text(html)
        if state != State.DELETED and not html.strip():
            state = State.DELETED  # nothing left to show: treated as deleted
        comment = NewComment(
            article_id=article_id,
            body="" if state == State.DELETED else text.strip(),
            body_html=html,
            created_at=record.created_at,
            last_activity_at=record.created_at,
            edited_at=record.edited_at,
            upvotes=record.upvotes,
            downvotes=record.downvotes,
            score=record.upvotes - record.downvotes,
        )
        if state == State.DELETED:
            comment.deleted_at, comment.body_html = record.created_at, ""
            return comment, "deleted"
        if state == State.SPAM:
            comment.status, comment.status_reason = REJECTED, SPAM_REASON
            return comment, "rejected"
        if state == State.PENDING:
            comment.status, comment.status_reason = PENDING, PENDING_REASON
            return comment, "pending"
        return comment, "published"

    def _report_unmatched(self) -> None:
        largest = sorted(
            self.unmatched_threads.items(), key=lambda item: (-self.unmatched[item[0]], item[0])
        )[:MAX_UNMATCHED]
        self.report.unmatched = [
            {"url": url, "title": title, "comments": self.unmatched[key]}
            for key, (url, title) in largest
        ]
        if not self.dry_run:
            for key, _place in largest:
                ImportedThread.objects.filter(source=self.source, source_id=key).update(
                    comments_seen=self.unmatched[key]
                )

    # --- Second pass ---------------------------------------------------------------

    def link(self) -> None:
        """Link every reply not linked yet (this run's and any whose parent was missing
        before) to its parent, leave out deleted comments without replies, then set
        depths, thread roots and counters for every article touched."""
        self.progress(str(_("linking replies")))
        articles: set[int] = set()
        for chunk in self._waiting("comment_id", "parent_source_id"):
            chunk = [row for row in chunk if row[1] is not None]
            if chunk:
                articles |= self._link_chunk(chunk)
            self.progress(str(_("linking replies")))
        self.progress(str(_("leaving out deleted comments without replies")))
        self._prune_deleted()
        articles |= set(
            ImportedThread.objects.filter(counted=False)
            .exclude(article=None)
            .values_list("article_id", flat=True)
        )
        ordered = sorted(articles)
        for start in range(0, len(ordered), ARTICLE_BATCH):
            batch = ordered[start : start + ARTICLE_BATCH]
            with transaction.atomic():
                self._break_cycles(batch)
                self._set_depths(batch)
                self._recount(batch)
                ImportedThread.objects.filter(article_id__in=batch, counted=False).update(
                    counted=True
                )
            self.progress(str(_("counting: %(done)d of %(all)d articles"))
                          % {"done": start + len(batch), "all": len(ordered)})  # fmt: skip
        self._mark_linked()
        if articles:
            transaction.on_commit(page_cache.invalidate)

    def _link_chunk(self, chunk: list[tuple[int, int, str]]) -> set[int]:
        counts = self.report.counts
        parent_keys = {parent for _r, _c, parent in chunk if parent}
        parents = dict(_records_by_key(self.source, list(parent_keys), "r.source_id, r.comment_id"))
        ids = {comment for _r, comment, _p in chunk} | {p for p in parents.values() if p}
        article_of, parent_of = {}, {}
        for pk, article_id, parent_id in _comments_by_id(list(ids), "id, article_id, parent_id"):
            article_of[pk], parent_of[pk] = article_id, parent_id
        linked, missing, found = [], [], []
        for record_id, comment_id, parent_key in chunk:
            if not parent_key:
                continue
            if parent_key not in parents:
                missing.append(record_id)
                counts["parents_missing"] += 1
                continue
            found.append(record_id)
            parent_id = parents[parent_key]
            if parent_id is None or parent_id == comment_id:
                counts["parents_missing"] += 1
            elif article_of.get(parent_id) != article_of.get(comment_id):
                counts["parents_elsewhere"] += 1
            else:
                counts["replies_linked"] += 1
                if parent_of.get(comment_id) != parent_id:  # not linked on the way in
                    linked.append((parent_id, comment_id))
        with transaction.atomic():
            _set_parents(linked)
            ImportedRecord.objects.filter(pk__in=missing).update(parent_missing=True)
            ImportedRecord.objects.filter(pk__in=found, parent_missing=True).update(
                parent_missing=False
            )
        return {article_of[c] for _r, c, _p in chunk if c in article_of}

    def _prune_deleted(self) -> None:
        """Deleted comments without replies are left out; a deleted reply to a deleted
        comment can leave its parent without replies too, so a few rounds (bounded: a
        crafted chain of deleted comments stays as tombstones past that)."""
        tombstone = ImportedRecord.Outcome.TOMBSTONE
        for _round in range(PRUNE_ROUNDS):
            removed = 0
            for rows in self._waiting("comment_id", "outcome", "linked"):
                chunk = [(r, c) for r, c, outcome, linked in rows
                         if c is not None and outcome == tombstone and not linked]  # fmt: skip
                if not chunk:
                    continue
                leaves = list(
                    Comment.objects.filter(pk__in=[c for _r, c in chunk])
                    .filter(~Exists(Comment.objects.filter(parent=OuterRef("pk"))))
                    .values_list("pk", flat=True)
                )
                if leaves:
                    with transaction.atomic():
                        gone = [r for r, c in chunk if c in set(leaves)]
                        ImportedRecord.objects.filter(pk__in=gone).update(
                            outcome=ImportedRecord.Outcome.DELETED, comment=None
                        )
                        Comment.objects.filter(pk__in=leaves).delete()
                    removed += len(leaves)
            self.report.counts["deleted_left_out"] += removed
            self.report.counts["deleted"] -= removed
            if not removed:
                break
        self.report.counts["tombstones"] += self.report.counts.pop("deleted", 0)

    def _tree_sql(self, article_ids: list[int]) -> tuple[str, list]:
        table = connection.ops.quote_name(Comment._meta.db_table)
        marks = ", ".join(["%s"] * len(article_ids))
        if connection.vendor == "postgresql":
            # Each round's replies by the parent index, a parent at a time: left to
            # itself, PostgreSQL plans the round as a hash join that reads the whole
            # table, once per level, so a chain n long cost n whole-table reads. A
            # LATERAL subquery with OFFSET 0 cannot be flattened into a join.
            replies = (f"tree CROSS JOIN LATERAL (SELECT r.id FROM {table} r"
                       f" WHERE r.parent_id = tree.id OFFSET 0) c")  # fmt: skip
        else:
            replies = f"{table} c JOIN tree ON c.parent_id = tree.id"  # SQLite: a row at a time
        tree = (
            f"WITH RECURSIVE tree(id, root_id, depth) AS ("
            f" SELECT id, CAST(NULL AS BIGINT), 0 FROM {table}"
            f" WHERE article_id IN ({marks}) AND parent_id IS NULL"
            f" UNION ALL"
            f" SELECT c.id, COALESCE(tree.root_id, tree.id),"
            f" CASE WHEN tree.depth >= {DEEPEST} THEN {DEEPEST} ELSE tree.depth + 1 END"
            f" FROM {replies})"
        )
        return tree, list(article_ids)

    def _break_cycles(self, article_ids: list[int]) -> None:
        """Comments that no top-level comment leads to are in a reply cycle (only a
        crafted file has them): they become top-level."""
        table = connection.ops.quote_name(Comment._meta.db_table)
        tree, params = self._tree_sql(article_ids)
        marks = ", ".join(["%s"] * len(article_ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"{tree} SELECT id FROM {table} WHERE article_id IN ({marks})"  # noqa: S608 - only placeholders and quoted names
                f" AND NOT EXISTS (SELECT 1 FROM tree WHERE tree.id = {table}.id)",
                params + list(article_ids),
            )
            stranded = [row[0] for row in cursor.fetchall()]
        if stranded:
            self.report.counts["cycles_broken"] += len(stranded)
            Comment.objects.filter(pk__in=stranded).update(parent=None)

    def _set_depths(self, article_ids: list[int]) -> None:
        table = connection.ops.quote_name(Comment._meta.db_table)
        tree, params = self._tree_sql(article_ids)
        with connection.cursor() as cursor:
            cursor.execute(
                f"{tree} UPDATE {table} SET root_id = tree.root_id, depth = tree.depth"  # noqa: S608
                f" FROM tree WHERE {table}.id = tree.id AND ({table}.depth <> tree.depth"
                f" OR COALESCE({table}.root_id, 0) <> COALESCE(tree.root_id, 0))",
                params,
            )

    def _recount(self, article_ids: list[int]) -> None:
        """Direct published replies, each thread's latest activity and each article's
        count, as the live write path keeps them."""
        table = connection.ops.quote_name(Comment._meta.db_table)
        marks = ", ".join(["%s"] * len(article_ids))
        published = Comment.Status.PUBLISHED.value
        replies = (f"(SELECT COUNT(*) FROM {table} r WHERE r.parent_id = {table}.id"
                   f" AND r.status = %s)")  # fmt: skip
        latest = (f"(SELECT MAX(d.created_at) FROM {table} d WHERE d.root_id = {table}.id"
                  f" AND d.status = %s)")  # fmt: skip
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET reply_count = {replies}"  # noqa: S608
                f" WHERE article_id IN ({marks}) AND reply_count <> {replies}",
                [published, *article_ids, published],
            )
            cursor.execute(
                f"UPDATE {table} SET last_activity_at = {latest}"  # noqa: S608
                f" WHERE article_id IN ({marks}) AND parent_id IS NULL"
                f" AND last_activity_at < {latest}",
                [published, *article_ids, published],
            )
        Discussion.objects.bulk_create(
            [Discussion(article_id=article_id) for article_id in article_ids],
            ignore_conflicts=True,
        )
        totals = (
            Comment.objects.counted()
            .filter(article_id__in=article_ids)
            .values("article_id")
            .annotate(count=Count("pk"), latest=Max("created_at"))
        )
        by_article = {row["article_id"]: row for row in totals}
        for discussion in Discussion.objects.select_for_update().filter(pk__in=article_ids):
            row: dict = by_article.get(discussion.pk, {"count": 0, "latest": None})
            times = [discussion.last_comment_at, row["latest"]]
            newest = max((when for when in times if when is not None), default=None)
            if (discussion.comment_count, discussion.last_comment_at) != (row["count"], newest):
                discussion.comment_count, discussion.last_comment_at = row["count"], newest
                discussion.save(update_fields=["comment_count", "last_comment_at"])
        # Readers' cached page shapes of these threads are out of date now.
        touched = list(article_ids)

        def forget_shapes() -> None:
            for article_id in touched:
                threads.thread_changed(article_id)

        transaction.on_commit(forget_shapes)

    def _mark_linked(self) -> None:
        for rows in self._waiting("linked"):
            ids = [record_id for record_id, linked in rows if not linked]
            if ids:
                _mark_records_linked(ids)

    def _waiting(self, *fields: str) -> Iterator[list[tuple]]:
        """(id, *fields) of this source's records that are not linked yet or wait for a
        parent, a chunk at a time, walking the partial index of such records. (A filter
        on `source` would lead SQLite to the (source, source_id) index and, per chunk, to
        every record of that source.)"""
        last = 0
        while True:
            rows = list(
                ImportedRecord.objects.waiting()
                .filter(id__gt=last)
                .order_by("id")
                .values_list("id", "source", "linked", "parent_missing", *fields)[:BATCH]
            )
            if not rows:
                return
            last = rows[-1][0]
            yield [(row[0], *row[4:]) for row in rows
                   if row[1] == self.source and (not row[2] or row[3])]  # fmt: skip


# --- Bulk writes ---------------------------------------------------------------------
# The ORM's bulk_create costs about half a millisecond per comment in field preparation
# alone, which is most of the time of a large import; these write the same rows with
# plain parameterised SQL.

COMMENT_COLUMNS = ("article_id", "author_id", "body", "body_html", "status", "status_reason",
                   "created_at", "edited_at", "deleted_at", "last_activity_at", "score",
                   "upvotes", "downvotes", "reply_count", "depth",
                   "idempotency_key", "parent_id", "root_id")  # fmt: skip
ROWS_PER_INSERT = 100


@dataclass(slots=True)
class NewComment:
    """A comment about to be inserted: the values of COMMENT_COLUMNS (a model instance
    costs more to make than the rest of the row's journey)."""

    article_id: int
    created_at: datetime
    last_activity_at: datetime
    body: str = ""
    body_html: str = ""
    author_id: int | None = None
    status: str = PUBLISHED
    status_reason: str = ""
    edited_at: datetime | None = None
    deleted_at: datetime | None = None
    score: int = 0
    upvotes: int = 0
    downvotes: int = 0
    parent_id: int | None = None
    root_id: int | None = None
    depth: int = 0


def _insert_comments(comments: list[NewComment]) -> list[int]:
    """Insert the comments (one statement: a few hundred at most); their ids, in order
    (RETURNING, as bulk_create relies on)."""
    ops = connection.ops
    table = ops.quote_name(Comment._meta.db_table)
    columns = ", ".join(ops.quote_name(column) for column in COMMENT_COLUMNS)
    moment = _moment_adapter()
    params: list = []
    for c in comments:
        params.extend((c.article_id, c.author_id, c.body, c.body_html, c.status,
                       c.status_reason, moment(c.created_at), moment(c.edited_at),
                       moment(c.deleted_at), moment(c.last_activity_at), c.score,
                       c.upvotes, c.downvotes, 0, c.depth, "", c.parent_id,
                       c.root_id))  # fmt: skip
    row = "(" + ", ".join(["%s"] * len(COMMENT_COLUMNS)) + ")"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) VALUES {', '.join([row] * len(comments))}"
            f" RETURNING {ops.quote_name('id')}",
            params,
        )
        return [found[0] for found in cursor.fetchall()]


RECORD_COLUMNS = ("source", "source_id", "run_id", "comment_id", "parent_source_id",
                  "outcome", "line", "linked", "parent_missing")  # fmt: skip


def _insert_records(rows: list[tuple]) -> None:
    """Rows of RECORD_COLUMNS' values."""
    ops = connection.ops
    table = ops.quote_name(ImportedRecord._meta.db_table)
    columns = ", ".join(ops.quote_name(column) for column in RECORD_COLUMNS)
    marks = ", ".join(["%s"] * len(RECORD_COLUMNS))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _moment_adapter() -> Callable[[datetime | None], object]:
    """The connection's own conversion of a datetime, but for SQLite storing UTC (the
    default) a shortcut giving the same text for the UTC moments the parsers make."""
    slow = connection.ops.adapt_datetimefield_value
    if connection.vendor != "sqlite" or connection.timezone is not UTC:
        return slow

    def adapt(value: datetime | None) -> object:
        if value is not None and value.tzinfo is UTC:
            return value.replace(tzinfo=None).isoformat(" ")
        return slow(value)

    return adapt


def _marks(values: list) -> str:
    return ", ".join(["%s"] * len(values))


def _records_by_key(source: str, keys: list[str], columns: str, *,
                    with_comment: bool = False) -> list[tuple]:  # fmt: skip
    """`columns` of this source's records (r) with those ids in the old system, and of
    the comments (c) they became if `with_comment` (plain SQL: the ORM's handling of a
    long IN list is most of such a query's cost)."""
    if not keys:
        return []
    records = connection.ops.quote_name(ImportedRecord._meta.db_table)
    comments = connection.ops.quote_name(Comment._meta.db_table)
    join = f" JOIN {comments} c ON c.id = r.comment_id" if with_comment else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {records} r{join}"
            f" WHERE r.source = %s AND r.source_id IN ({_marks(keys)})",
            [source, *keys],
        )
        return cursor.fetchall()


def _comments_by_id(ids: list[int], columns: str) -> list[tuple]:
    if not ids:
        return []
    table = connection.ops.quote_name(Comment._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} WHERE id IN ({_marks(ids)})", ids)
        return cursor.fetchall()


def _mark_records_linked(ids: list[int]) -> None:
    table = connection.ops.quote_name(ImportedRecord._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET linked = %s WHERE id IN ({_marks(ids)})", [True, *ids])


def _set_parents(pairs: list[tuple[int, int]]) -> None:
    """(parent id, comment id) pairs."""
    if not pairs:
        return
    table = connection.ops.quote_name(Comment._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET parent_id = %s WHERE id = %s", pairs)
