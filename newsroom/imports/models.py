"""Imports of old comments: each run, the threads and comments it has seen (so that a
second run changes nothing), and the reader accounts made for their authors."""

import os
import socket
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _

from newsroom.articles.models import ArticlePage
from newsroom.comments.models import Comment

PERMISSION = "imports.import_comments"


class PrivateStorage(LazyObject):
    """Uploaded exports hold readers' email addresses: they live in DATA_DIR/imports,
    outside MEDIA_ROOT, so nothing ever serves them."""

    def _setup(self):
        self._wrapped = FileSystemStorage(location=settings.DATA_DIR / "imports")


private_storage = PrivateStorage()


def _private_storage():
    return private_storage


class Format(models.TextChoices):
    DISQUS = "disqus", _("Disqus XML")
    WORDPRESS = "wordpress", _("WordPress WXR")
    JSONL = "jsonl", _("JSON Lines (Newsroom's own export)")


# A run that has not moved for this long is taken for dead (its worker was killed) and
# no longer keeps another import from starting.
STALE_AFTER = timedelta(minutes=10)


def this_process() -> str:
    """Who runs an import: this machine and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def process_gone(worker: str) -> bool:
    """Whether the process named (by this_process) ran on this machine and has ended
    (killed, or the machine restarted). On another machine it cannot be told: there
    the run counts as alive until STALE_AFTER has passed."""
    host, _sep, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # it exists, as another user
    return False


class ImportRunQuerySet(models.QuerySet):
    def under_way(self):
        runs = self.filter(
            status__in=[ImportRun.Status.QUEUED, ImportRun.Status.RUNNING],
            updated_at__gte=timezone.now() - STALE_AFTER,
        )
        return runs.exclude(pk__in=self.abandoned())

    def abandoned(self) -> list[int]:
        """The ids of runs left running by a process on this machine that has ended
        (killed part-way: running the import again finishes the work)."""
        running = self.filter(status=ImportRun.Status.RUNNING).exclude(worker="")
        return [pk for pk, worker in running.values_list("pk", "worker") if process_gone(worker)]


class ImportRun(models.Model):
    """One import of one file, from the admin or the command line, with its report."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        FAILED = "failed", _("Failed")

    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    file = models.FileField(_("export file"), storage=_private_storage, upload_to="uploads/",
                            max_length=300, blank=True)  # fmt: skip
    map_file = models.FileField(_("map of moved stories (CSV)"), storage=_private_storage,
                                upload_to="maps/", max_length=300, blank=True)  # fmt: skip
    # The file's name as given (the command line imports a path and stores no copy).
    file_name = models.CharField(max_length=300, blank=True)
    dry_run = models.BooleanField(_("dry run (change nothing)"), default=False)
    # WordPress exports' older comments carry only the old site's local time.
    time_zone = models.CharField(_("time zone of the old site"), max_length=64, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    phase = models.CharField(max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)  # at each step of progress
    finished_at = models.DateTimeField(null=True, blank=True)
    # The machine and process running it (this_process()), to tell a killed run.
    worker = models.CharField(max_length=300, blank=True)
    size = models.BigIntegerField(default=0)  # bytes in the file
    position = models.BigIntegerField(default=0)  # bytes read so far
    # {"outcome": count, ...} and [{"line": n, "message": "..."}, ...] (the first ones).
    counts = models.JSONField(default=dict)
    errors = models.JSONField(default=list)
    error_count = models.PositiveIntegerField(default=0)
    # The threads that matched no article: [{"url", "title", "comments"}, ...] (the largest).
    unmatched = models.JSONField(default=list)

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [("import_comments", "Can import and export comments")]

    def __str__(self) -> str:
        return f"{self.get_format_display()} import {self.pk} ({self.get_status_display()})"

    @property
    def is_under_way(self) -> bool:
        return (
            self.status in (self.Status.QUEUED, self.Status.RUNNING)
            and self.updated_at >= timezone.now() - STALE_AFTER
            and not (self.status == self.Status.RUNNING and process_gone(self.worker))
        )

    @property
    def percent(self) -> int:
        if self.status == self.Status.FINISHED:
            return 100
        return 0 if not self.size else min(99, int(100 * self.position / self.size))


class ImportedThread(models.Model):
    """A thread of the old system and the article it was matched to (if any)."""

    source = models.CharField(max_length=200)
    source_id = models.CharField(max_length=300)
    url = models.TextField(blank=True)
    title = models.TextField(blank=True)
    article = models.ForeignKey(
        ArticlePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    matched_by = models.CharField(max_length=20, blank=True)
    comments_seen = models.PositiveIntegerField(default=0)  # in the latest run
    # False from when comments are imported into its article until the second pass has
    # recounted that article (an import stopped in between leaves it for the next run).
    counted = models.BooleanField(default=True)
    run = models.ForeignKey(ImportRun, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="one_thread_per_source_id")
        ]

    def __str__(self) -> str:
        return f"{self.source} thread {self.source_id}"


class ImportedRecordQuerySet(models.QuerySet):
    def waiting(self):
        """Records the second pass has work for (the condition of the partial index)."""
        return self.filter(WAITING)


WAITING = Q(linked=False) | Q(parent_missing=True)


class ImportedRecord(models.Model):
    """A comment of the old system, by its id there, and the comment it became. Its
    existence is what makes a second run skip it; `comment` is empty when the comment
    was left out (deleted without replies) or has since been deleted here."""

    class Outcome(models.TextChoices):
        PUBLISHED = "published", _("Published")
        PENDING = "pending", _("Pending")
        REJECTED = "rejected", _("Rejected (spam)")
        TOMBSTONE = "tombstone", _("Deleted, kept for its replies")
        DELETED = "deleted", _("Deleted, left out")

    source = models.CharField(max_length=200)
    source_id = models.CharField(max_length=300)
    run = models.ForeignKey(ImportRun, null=True, on_delete=models.SET_NULL, related_name="records")
    comment = models.OneToOneField(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_record"
    )
    parent_source_id = models.CharField(max_length=300, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    line = models.PositiveIntegerField(default=0)
    # False while the second pass has work for it: linking a reply whose parent was not
    # here when it was written, or leaving out a deleted comment without replies.
    linked = models.BooleanField(default=False)
    # The parent was not in any import yet; each later run looks for it again.
    parent_missing = models.BooleanField(default=False)

    objects = ImportedRecordQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="one_record_per_source_id")
        ]
        indexes = [
            models.Index(fields=["id"], condition=WAITING, name="record_to_link"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.source} comment {self.source_id}"


class ImportedAuthor(models.Model):
    """An author of the old system and the account their comments belong to: an
    unclaimed placeholder (inactive, no password, no address on the account) until a
    reader confirms the same address, or that reader's own account."""

    # "email:<address>", or for authors without one "<source>:user:<id>" or
    # "<source>:guest:<name>"; never a name alone across sources.
    key = models.CharField(max_length=400, unique=True)
    email = models.CharField(max_length=254, blank=True, db_index=True)
    name = models.CharField(max_length=200, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user"], name="imported_author_by_user")]

    def __str__(self) -> str:
        return self.key

    @property
    def is_claimed(self) -> bool:
        return self.claimed_at is not None
