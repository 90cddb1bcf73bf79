"""Every user has a profile; a confirmed address and a staff role are remembered on it."""

from allauth.account.signals import email_confirmed
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from newsroom.accounts.models import Profile

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
        Profile.objects.filter(user=instance).update(is_staff_member=is_staff_member(instance))


@receiver(m2m_changed, sender=get_user_model().groups.through)
def remember_staff_groups(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    User = get_user_model()
    users = User.objects.filter(pk__in=pk_set or []) if reverse else [instance]
    for user in users:
        staff = is_staff_member(user)
        Profile.objects.filter(user=user).update(is_staff_member=staff)
        if User.profile.is_cached(user):  # keep the object in hand truthful too
            user.profile.is_staff_member = staff


@receiver(email_confirmed)
def remember_the_confirmed_address(sender, request, email_address, **kwargs):
    Profile.objects.filter(user_id=email_address.user_id).update(email_verified=True)
