"""Who may work on digests: editors (the Editors group), staff and superusers."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from newsroom.articles.editions import EDITORS
from newsroom.newsletters.models import Digest


def can_manage_newsletters(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.is_staff or user.groups.filter(name=EDITORS).exists()


def get_digest_for_editing(request, digest_id: int) -> Digest:
    """The digest, if this user may reorder, preview, test and send it (else 403)."""
    if not can_manage_newsletters(request.user):
        raise PermissionDenied
    return get_object_or_404(Digest, pk=digest_id)
