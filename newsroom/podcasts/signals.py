"""Keep the page cache honest about audio: a replaced file changes what pages show.

Publishing, unpublishing, moving or deleting an episode page already empties the page
cache (the articles app listens to every page's signals).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsroom.core import page_cache
from newsroom.podcasts.models import AudioFile


@receiver(post_save, sender=AudioFile, dispatch_uid="page-cache-audio-saved")
@receiver(post_delete, sender=AudioFile, dispatch_uid="page-cache-audio-deleted")
def _audio_changed(**kwargs) -> None:
    transaction.on_commit(page_cache.invalidate)
