"""Language selection for the editions, leaving the JSON API alone."""

from django.middleware.locale import LocaleMiddleware


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware answers an unprefixed 404 with a redirect to /<lang>/...;
    an API client asking for a missing article must get the API's own 404 instead."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
