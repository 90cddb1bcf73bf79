"""Keep the page cache honest about the schedule: a changed programme changes what the
schedule pages and the header's "On now" say."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsroom.core import page_cache
from newsroom.schedule.models import Broadcast


@receiver(post_save, sender=Broadcast, dispatch_uid="page-cache-broadcast-saved")
@receiver(post_delete, sender=Broadcast, dispatch_uid="page-cache-broadcast-deleted")
def _broadcast_changed(**kwargs) -> None:
    transaction.on_commit(page_cache.invalidate)
