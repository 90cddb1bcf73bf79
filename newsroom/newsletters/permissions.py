"""Wagtail's permission policy for newsletter models: editors, staff and superusers."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from newsroom.articles.editions import EDITORS
from newsroom.newsletters.access import can_manage_newsletters


class NewsletterEditorsPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return can_manage_newsletters(user)

    def user_has_any_permission(self, user, actions):
        return can_manage_newsletters(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True) | Q(is_staff=True) | Q(groups__name=EDITORS), is_active=True
            )
            .distinct()
        )

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
