"""Every user has a profile; a confirmed address and a staff role are remembered on it.

A reader's public name and staff badge appear on pages other readers are sent from the
page cache (beside their comments): when either changes, or the account goes, the page
cache is emptied, so no page keeps showing the old name.
"""

from allauth.account.signals import email_confirmed
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from newsroom.accounts.models import Profile
from newsroom.core import page_cache

PUBLIC_FIELDS = ("display_name", "is_staff_member")


def public_identity_changed() -> None:
    # Now, and again once the change commits: a page built in between from the old
    # row is not kept under the new generation.
    page_cache.invalidate()
    transaction.on_commit(page_cache.invalidate)


def _set_staff_badge(user, staff: bool) -> None:
    if (
        Profile.objects.filter(user=user)
        .exclude(is_staff_member=staff)
        .update(is_staff_member=staff)
    ):
        public_identity_changed()


# People in these groups write as the newsroom: their comments carry a "Staff" badge.
STAFF_GROUPS = ("Moderators", "Editors", "Reporters")


def is_staff_member(user) -> bool:
    return bool(
        user.is_staff
        or user.is_superuser
        or (user.pk and user.groups.filter(name__in=STAFF_GROUPS).exists())
    )


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def give_every_user_a_profile(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # A sign-in saves only last_login: nothing that changes the staff badge.
    if raw or (update_fields is not None and set(update_fields) <= {"last_login"}):
        return
    if created:
        Profile.objects.get_or_create(
            user=instance,
            defaults={
                "display_name": Profile.default_name_for(instance),
                "is_staff_member": is_staff_member(instance),
            },
        )
    else:
        _set_staff_badge(instance, is_staff_member(instance))


@receiver(m2m_changed, sender=get_user_model().groups.through)
def remember_staff_groups(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    User = get_user_model()
    users = User.objects.filter(pk__in=pk_set or []) if reverse else [instance]
    for user in users:
        staff = is_staff_member(user)
        _set_staff_badge(user, staff)
        if User.profile.is_cached(user):  # keep the object in hand truthful too
            user.profile.is_staff_member = staff


@receiver(email_confirmed)
def remember_the_confirmed_address(sender, request, email_address, **kwargs):
    Profile.objects.filter(user_id=email_address.user_id).update(email_verified=True)


@receiver(pre_save, sender=Profile)
def notice_a_new_public_name(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None:
        return  # a new profile has nothing on any page yet
    if update_fields is not None and not set(update_fields) & set(PUBLIC_FIELDS):
        return
    before = Profile.objects.filter(pk=instance.pk).values_list(*PUBLIC_FIELDS).first()
    if before != tuple(getattr(instance, name) for name in PUBLIC_FIELDS):
        public_identity_changed()


@receiver(post_delete, sender=settings.AUTH_USER_MODEL)
def forget_pages_of_a_deleted_account(sender, instance, **kwargs):
    public_identity_changed()
