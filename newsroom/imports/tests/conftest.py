"""Fixtures of the imports tests: articles to import into, and a way to run an import
of bytes made in the test."""

from pathlib import Path

import pytest
from django.core.management import call_command

from newsroom.articles.tests.factories import make_article
from newsroom.imports.actions import run_import
from newsroom.imports.models import ImportRun


@pytest.fixture
def story(editions):
    return make_article(title="Harbour reopens", with_image=False)


@pytest.fixture
def importer(tmp_path):
    """import_(format, data, **options) -> the finished ImportRun."""

    def import_(format: str, data: bytes, *, dry_run=False, map_csv: str | None = None,
                time_zone: str = "") -> ImportRun:  # fmt: skip
        path = tmp_path / f"export-{len(list(tmp_path.iterdir()))}.{format}"
        path.write_bytes(data)
        map_path = None
        if map_csv is not None:
            map_path = tmp_path / "map.csv"
            map_path.write_text(map_csv)
        run = ImportRun.objects.create(format=format, dry_run=dry_run, time_zone=time_zone,
                                       file_name=path.name, size=path.stat().st_size)  # fmt: skip
        run_import(run, path=str(path), map_path=str(map_path) if map_path else None)
        run.refresh_from_db()
        return run

    return import_


def command(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, "--no-progress", stdout=out)
    return out.getvalue()


def path_of(article) -> str:
    return article.get_url_parts()[2]


__all__ = ["Path", "command", "path_of"]
