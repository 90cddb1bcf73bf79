"""Who may import and export comments: staff with the "Can import and export comments"
permission (superusers have it). Exports hold readers' email addresses."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from newsroom.imports.models import PERMISSION, ImportRun


def can_import(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(PERMISSION))


def require_importer(request) -> None:
    if not can_import(request.user):
        raise PermissionDenied


def get_run_for_viewing(request, run_id: int) -> ImportRun:
    require_importer(request)
    return get_object_or_404(ImportRun, pk=run_id)
