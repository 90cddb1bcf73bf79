"""Keep the page cache honest about videos: a finished transcode changes what pages show.

Publishing, unpublishing, moving or deleting a page already empties the page cache (the
articles app listens to every page's signals).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsroom.core import page_cache
from newsroom.video.models import Caption, Video, remove_outputs


@receiver(post_save, sender=Video, dispatch_uid="page-cache-video-saved")
@receiver(post_save, sender=Caption, dispatch_uid="page-cache-caption-saved")
@receiver(post_delete, sender=Caption, dispatch_uid="page-cache-caption-deleted")
def _video_changed(**kwargs) -> None:
    transaction.on_commit(page_cache.invalidate)


@receiver(post_delete, sender=Video, dispatch_uid="video-deleted")
def _video_deleted(instance: Video, **kwargs) -> None:
    pk, source = instance.pk, instance.file  # the pk is gone by the time this commits

    def remove() -> None:
        remove_outputs(pk, unfinished=True)
        source.delete(save=False)

    transaction.on_commit(remove)
    transaction.on_commit(page_cache.invalidate)
