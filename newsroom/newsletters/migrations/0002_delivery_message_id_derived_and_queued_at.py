"""Message-IDs follow from digest and subscriber (no stored column); digests say when
all their deliveries were made."""

from django.db import migrations, models
from django.db.models import F


def digests_started_before_are_queued(apps, schema_editor):
    # Before this, a started digest had made every delivery row in one transaction.
    Digest = apps.get_model("newsletters", "Digest")
    Digest.objects.exclude(status="draft").update(queued_at=F("started_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("newsletters", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="delivery",
            name="message_id",
        ),
        migrations.AddField(
            model_name="digest",
            name="queued_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(digests_started_before_are_queued, migrations.RunPython.noop),
    ]
