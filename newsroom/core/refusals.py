"""The one refusal family: every app's "you may not" subclasses `Refused`, and one
middleware answers them all — a page, an htmx fragment or JSON."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode


class Refused(Exception):
    """A request we turn down, with a message shown to the person as it is and the HTTP
    status of the answer. Each app names its own subclass (CommentRefused, …)."""

    status = 400
    # Where a page's form goes back to, with the message, when it does not say (`next`).
    back: str | None = None

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


def wants_json(request: HttpRequest) -> bool:
    """Scripts that send our forms with fetch() say so; API clients ask for JSON."""
    if request.headers.get("X-Requested-With") == "fetch":
        return True
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def safe_back(request: HttpRequest, back: str | None) -> str | None:
    """`back` if it is a path on this site, else None (no open redirects; and nothing
    that redirect() would take for a view's name, such as "12345")."""
    if (
        back
        and back.startswith("/")
        and url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
    ):
        return back
    return None


def as_json(refused: Refused) -> JsonResponse:
    # "message" is what our own scripts read (beside "ok", as in every action's answer);
    # "detail" is where django-ninja puts its own errors, so an API client reads one key.
    body = {"ok": False, "message": refused.message, "detail": refused.message}
    return JsonResponse(body, status=refused.status)


def answer(request: HttpRequest, refused: Refused, *, back: str | None = None) -> HttpResponse:
    """The answer to a refusal, in the form the request asked for.

    JSON for scripts and API clients; the bare message for htmx (the page's script shows
    it beside what was clicked); for a signed-out visitor on a page (401), the sign-in
    page, coming back here after; for a form that says where it came from (`back` from
    the view, else its `next`, else the family's own `back`), that page again with the
    message on it; else a page with the message. Forms that keep what the person typed
    catch their refusal themselves and show it on the form."""
    if wants_json(request):
        return as_json(refused)
    if getattr(request, "htmx", False):
        return HttpResponse(refused.message, status=refused.status)
    if refused.status == 401:
        here = request.headers.get("Referer") or "/"
        return redirect(f"{reverse('account_login')}?{urlencode({'next': here})}")
    back = safe_back(request, back or request.POST.get("next")) or refused.back
    if back is not None:
        messages.error(request, refused.message)
        return redirect(back)
    # A refused text (a thread that closed while the reader wrote) comes back to keep.
    context = {"message": refused.message, "body": request.POST.get("body", "")}
    return render(request, "refused.html", context, status=refused.status)


class RefusalMiddleware:
    """Answers any Refused a view lets through, so no refusal is ever a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, Refused):
            return answer(request, exception)
        return None
