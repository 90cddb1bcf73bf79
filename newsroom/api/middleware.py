"""Every answer under /api/ is JSON, including the ones Django gives before the API sees
the request: an id the URL converter refuses (404), a method the address does not
answer (405), a request Django itself finds malformed (400)."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

API_PREFIX = "/api/"


def _detail(response: HttpResponse) -> tuple[str, str]:
    status = response.status_code
    if status == 404:
        return _("There is no such thing here, or you may not see it."), "not_found"
    if status == 405:
        allowed = response.get("Allow", "")
        return _("This address answers %(methods)s only.") % {"methods": allowed}, "method"
    if status == 413:
        return _("The request is too large."), "too_large"
    if status >= 500:
        return _("Something went wrong on our side; please try again."), "server_error"
    return _("The request is not valid."), "invalid"


class JsonErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code >= 400
            and request.path.startswith(API_PREFIX)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            detail, code = _detail(response)
            answer = JsonResponse({"detail": detail, "code": code}, status=response.status_code)
            if "Allow" in response:
                answer["Allow"] = response["Allow"]
            return answer
        return response
