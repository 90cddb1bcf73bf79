"""A database setting for the long bulk reads and writes of imports and exports."""

from django.db import connection


def for_bulk_work() -> None:
    """Set up this connection for a long bulk job (see below); SQLite only."""
    no_mapped_reads()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # Fold the write-ahead log back into the database less often: an import
            # rewrites the same index pages batch after batch, and a longer log
            # copies each page back once instead of once per batch.
            cursor.execute("PRAGMA wal_autocheckpoint=20000")
            # A smaller page cache than the web's (the pages are in the OS's cache
            # anyway): it is most of the memory an import holds.
            cursor.execute("PRAGMA cache_size=-8000")


def no_mapped_reads() -> None:
    """SQLite's memory-mapped reads (PRAGMA mmap_size in settings) count every page a
    bulk job touches in the process's memory, up to the map's size; a job that reads
    each page once gains nothing from them. For this connection only."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA mmap_size=0")
