"""The table of the `shared` cache on the embedded default (a DatabaseCache), made by
`migrate` so that setting up a site stays two commands; with Redis there is none."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    # Makes the table of every DatabaseCache in CACHES that does not exist yet.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_rate_counter")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
