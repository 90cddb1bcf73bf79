"""Language selection for the editions, leaving the parts outside them alone."""

from django.middleware.locale import LocaleMiddleware

# Served at the root, never under an edition: their 404s must stay 404s.
UNPREFIXED = ("/api/", "/moderation/", "/newsletters/", "/embed/")


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware answers an unprefixed 404 with a redirect to /<lang>/...;
    an API client asking for a missing article, or a moderator for a missing comment,
    must get a plain 404 instead."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
