from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "newsroom.accounts"
    verbose_name = "Reader accounts"

    def ready(self):
        from allauth.core.internal import ratelimit as allauth_ratelimit

        from newsroom.accounts import signals  # noqa: F401
        from newsroom.core.ratelimit import shared_cache

        # allauth counts sign-in attempts in `django.core.cache.cache` and has no setting
        # to choose another cache. Ours is per process on the embedded default, which
        # would give each web worker its own count; the shared cache is one for all.
        # test_sign_in_throttling_counts_across_processes fails if this stops working.
        allauth_ratelimit.cache = shared_cache
