"""Every user has a profile; a confirmed address is remembered on it."""

from allauth.account.signals import email_confirmed
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from newsroom.accounts.models import Profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def give_every_user_a_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Profile.objects.get_or_create(
            user=instance, defaults={"display_name": Profile.default_name_for(instance)}
        )


@receiver(email_confirmed)
def remember_the_confirmed_address(sender, request, email_address, **kwargs):
    Profile.objects.filter(user_id=email_address.user_id).update(email_verified=True)
