"""The Moderator role: a group whose members work the queue at /moderation/ and edit the
word list and thresholds in the admin."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

MODERATORS = "Moderators"
PERMISSION = "moderation.moderate_comments"

_GROUP_PERMISSIONS = [
    ("moderation", "moderate_comments"),
    ("wagtailadmin", "access_admin"),
    ("moderation", "add_wordlistentry"),
    ("moderation", "change_wordlistentry"),
    ("moderation", "delete_wordlistentry"),
    ("moderation", "view_wordlistentry"),
    ("moderation", "change_moderationsettings"),
]


def is_moderator(user) -> bool:
    return user.is_authenticated and user.has_perm(PERMISSION)


def ensure_moderators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=MODERATORS)
    wanted = Permission.objects.none()
    for app_label, codename in _GROUP_PERMISSIONS:
        wanted |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*wanted)
    return group


def after_migrate(sender, app_config=None, using="default", apps=None, **kwargs):
    # Permissions are normally created after every app's post_migrate handlers have had
    # their turn; create ours and the admin's first so the group can hold them.
    from django.apps import apps as global_apps

    for label in ("moderation", "wagtailadmin"):
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using)
    ensure_moderators_group()
