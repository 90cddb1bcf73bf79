"""One archive with everything a site needs to come back: the database, the uploaded
media, the secret key and the trained moderation model.

The database is copied consistently while the site serves and writes: on SQLite by its
online backup API in one step (a read transaction: in WAL mode writers carry on, and
the copy is the database as it was at one moment); on PostgreSQL by pg_dump (one
snapshot). Media are copied after the database, so every file the copy names was there
when it was made (a file uploaded meanwhile may come along unnamed; one deleted in
between is missing).

The archive is a gzipped tar: manifest.json, database.sqlite3 or database.pgdump,
media/…, secret-key, moderation/…. It is written under a temporary name and renamed
when complete, readable by its owner only (it holds the secret key and readers' data).
"""

import glob
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1
SQLITE_NAME = "database.sqlite3"
PGDUMP_NAME = "database.pgdump"
# What of DATA_DIR comes along besides the database (media are MEDIA_ROOT).
KEPT_FILES = ("secret-key",)
KEPT_DIRS = ("moderation",)


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


@dataclass
class Manifest:
    created_at: str
    database: str  # "sqlite" or "postgresql"
    media_files: int
    comments: int
    format: int = FORMAT

    @classmethod
    def read(cls, archive: tarfile.TarFile) -> "Manifest":
        try:
            member = archive.extractfile("manifest.json")
        except KeyError:
            raise BackupError("This is not a Newsroom backup: it has no manifest.json.") from None
        data = json.loads(member.read()) if member else {}
        if data.get("format") != FORMAT:
            raise BackupError(f"This backup's format ({data.get('format')}) is not {FORMAT}.")
        return cls(**data)


def _postgres_program(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if candidates:
        return candidates[0]
    raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")


def _postgres_env() -> dict[str, str]:
    database = settings.DATABASES["default"]
    env = dict(os.environ)
    env.update(
        PGHOST=str(database.get("HOST") or ""),
        PGPORT=str(database.get("PORT") or ""),
        PGUSER=str(database.get("USER") or ""),
        PGDATABASE=str(database["NAME"]),
    )
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    return env


def _copy_sqlite(target: Path) -> None:
    source = sqlite3.connect(settings.DATABASES["default"]["NAME"], timeout=60)
    copy = sqlite3.connect(target)
    try:
        # One step (pages=-1): a single read transaction, so the copy is one moment of
        # the database. Stepwise copying would restart at every write by the site.
        source.backup(copy, pages=-1)
        (result,) = copy.execute("PRAGMA integrity_check").fetchone()
        if result != "ok":
            raise BackupError(f"The copied database failed its integrity check: {result}")
    finally:
        copy.close()
        source.close()


def _dump_postgres(target: Path) -> None:
    done = subprocess.run(  # noqa: S603 - our own command line
        [_postgres_program("pg_dump"), "--format=custom", "--no-owner", f"--file={target}"],
        env=_postgres_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {done.stderr.strip()}")


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.exists():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def default_path() -> Path:
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    return Path(settings.DATA_DIR) / "backups" / f"newsroom-{stamp}.tar.gz"


def make_backup(path: Path, progress: Callable[[str], None] = lambda _line: None) -> Manifest:
    """Write a backup of this site to `path` and return its manifest."""
    from newsroom.comments.models import Comment

    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    data_dir = Path(settings.DATA_DIR)
    vendor = connection.vendor
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=path.parent) as work:
        work_dir = Path(work)
        if vendor == "sqlite":
            database = work_dir / SQLITE_NAME
            progress("Copying the SQLite database (online backup API)…")
            _copy_sqlite(database)
            comments = (
                sqlite3.connect(database)
                .execute(
                    f"SELECT count(*) FROM {Comment._meta.db_table}"  # noqa: S608 - a model's table
                )
                .fetchone()[0]
            )
        elif vendor == "postgresql":
            database = work_dir / PGDUMP_NAME
            progress("Dumping the PostgreSQL database (pg_dump)…")
            _dump_postgres(database)
            comments = Comment.objects.count()  # near the dump's moment; for the manifest only
        else:
            raise BackupError(f"Backing up a {vendor} database is not supported.")
        media = _media_files()
        progress(f"Adding {len(media)} media files…")
        manifest = Manifest(
            created_at=timezone.now().isoformat(),
            database=vendor,
            media_files=len(media),
            comments=comments,
        )
        (work_dir / "manifest.json").write_text(json.dumps(manifest.__dict__, indent=1))
        partial = work_dir / "archive.tar.gz"
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(work_dir / "manifest.json", "manifest.json")
            archive.add(database, database.name)
            for name in KEPT_FILES:
                if (data_dir / name).is_file():
                    archive.add(data_dir / name, name)
            for name in KEPT_DIRS:
                if (data_dir / name).is_dir():
                    archive.add(data_dir / name, name)
            media_root = Path(settings.MEDIA_ROOT)
            for file in media:
                archive.add(file, f"media/{file.relative_to(media_root)}")
        partial.chmod(0o600)
        os.replace(partial, path)
    return manifest


def _sqlite_has_tables(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0


def _postgres_has_tables() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        return cursor.fetchone()[0] > 0


def _restore_sqlite(extracted: Path) -> None:
    target = Path(settings.DATABASES["default"]["NAME"])
    connection.close()
    source = sqlite3.connect(extracted)
    copy = sqlite3.connect(target, timeout=60)
    try:
        # Through the backup API rather than a file copy: the target's WAL and lock
        # files stay coherent, and any reader left open sees the restored database.
        source.backup(copy, pages=-1)
    finally:
        copy.close()
        source.close()


def _restore_postgres(extracted: Path) -> None:
    connection.close()
    done = subprocess.run(  # noqa: S603 - our own command line
        [
            _postgres_program("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={settings.DATABASES['default']['NAME']}",
            str(extracted),
        ],
        env=_postgres_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed: {done.stderr.strip()}")


def restore_backup(
    path: Path, *, replace: bool = False, progress: Callable[[str], None] = lambda _line: None
) -> Manifest:
    """Bring this site's database, media, secret key and model back from `path`. Refuses
    to overwrite a database that has tables unless `replace`."""
    from newsroom.core import page_cache

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no backup at {path}.")
    vendor = connection.vendor
    data_dir = Path(settings.DATA_DIR)
    try:
        archive = tarfile.open(path, "r:gz")
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"{path} is not a readable backup archive: {error}") from None
    with archive, tempfile.TemporaryDirectory(prefix=".restore-", dir=data_dir) as work:
        manifest = Manifest.read(archive)
        if manifest.database != vendor:
            raise BackupError(
                f"This backup holds a {manifest.database} database and this site runs on "
                f"{vendor}; restore it into a site of the same kind."
            )
        in_use = (
            _sqlite_has_tables(Path(settings.DATABASES["default"]["NAME"]))
            if vendor == "sqlite"
            else _postgres_has_tables()
        )
        if in_use and not replace:
            raise BackupError(
                "This site's database already has tables. Stop the site and run restore "
                "with --replace to overwrite it, or restore into a fresh DATA_DIR."
            )
        # The "data" filter refuses absolute paths, "..", links out and device files.
        archive.extractall(work, filter="data")
        work_dir = Path(work)
        progress("Restoring the database…")
        if vendor == "sqlite":
            _restore_sqlite(work_dir / SQLITE_NAME)
        else:
            _restore_postgres(work_dir / PGDUMP_NAME)
        media = work_dir / "media"
        if media.is_dir():
            progress(f"Restoring {manifest.media_files} media files…")
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
        for name in KEPT_FILES:
            if (work_dir / name).is_file():
                shutil.copy2(work_dir / name, data_dir / name)
        for name in KEPT_DIRS:
            if (work_dir / name).is_dir():
                shutil.copytree(work_dir / name, data_dir / name, dirs_exist_ok=True)
    page_cache.invalidate()  # no page cached before the restore may be served after it
    return manifest
