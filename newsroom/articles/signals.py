"""Keep the anonymous page cache honest: any change to published content empties it."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from newsroom.articles.models import Author
from newsroom.core import page_cache


def _invalidate_after_commit(**kwargs) -> None:
    transaction.on_commit(page_cache.invalidate)


for _signal in (page_published, page_unpublished, post_page_move):
    _signal.connect(_invalidate_after_commit, dispatch_uid=f"page-cache-{id(_signal)}")


@receiver(post_delete, sender="wagtailcore.Page", dispatch_uid="page-cache-page-deleted")
@receiver(post_save, sender=Author, dispatch_uid="page-cache-author-saved")
# A password or sign-in put on a published page (or taken off) changes what anonymous
# readers may be shown of it and of every page below it.
@receiver(post_save, sender="wagtailcore.PageViewRestriction", dispatch_uid="page-cache-rs")
@receiver(post_delete, sender="wagtailcore.PageViewRestriction", dispatch_uid="page-cache-rd")
def _content_changed(**kwargs) -> None:
    _invalidate_after_commit()
