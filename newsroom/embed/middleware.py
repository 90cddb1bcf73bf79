"""Keep the sign-in window of the embedded comments linked to the frame that opened it.

The site sends `Cross-Origin-Opener-Policy: same-origin` (Django's default), which cuts a
window off from an opener whose page is on another site — exactly the embedding page.
The sign-in pages that the frame's window passes through (sign-in, then the hand-off
page) answer `unsafe-none` instead, so the hand-off can reach the frame by postMessage."""

from django.http import HttpRequest, HttpResponse

SIGN_IN_PATH = "/embed/sign-in/"


class SignInWindowMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        next_url = request.GET.get("next", "")
        if request.method == "POST" and not next_url:
            next_url = request.POST.get("next", "")
        if request.path == SIGN_IN_PATH or next_url.startswith(SIGN_IN_PATH):
            response["Cross-Origin-Opener-Policy"] = "unsafe-none"
        return response
