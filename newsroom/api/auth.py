"""Who is calling the API: a personal token (`Authorization: Bearer nrt_…`) limited to its
scopes, or the site's own session (with its CSRF token) for the site's scripts.

Each auth puts the caller in `request.user`, so the comments' and moderation's access
helpers, which read it, treat an app exactly as they treat the reader's browser.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from newsroom.api.actions import TokenRefused, token_for
from newsroom.api.models import Scope
from newsroom.core import page_cache

SCOPE_NEEDED = {
    Scope.READ: gettext_lazy(
        "This API token may not read your account; make one with the read scope."
    ),
    Scope.WRITE: gettext_lazy("This API token may not write; make one with the write scope."),
    Scope.MODERATE: gettext_lazy(
        "This API token may not moderate; make one with the moderate scope."
    ),
}


# The embedded comment section's frame (newsroom/embed) keeps its token in a cookie of
# its own and sends this header with every call.
EMBED_COOKIE = page_cache.EMBED_COOKIE
EMBED_HEADER = "X-Newsroom-Embed"


def _caller(request: HttpRequest, raw: str, scope: str | None):
    try:
        found = token_for(raw.strip())
    except TokenRefused as refused:
        raise HttpError(401, refused.message) from None
    if scope is not None and not found.allows(scope):
        raise HttpError(403, str(SCOPE_NEEDED[Scope(scope)]))
    request.user = found.user
    request.api_token = found  # type: ignore[attr-defined]
    return found.user


class TokenAuth(HttpBearer):
    """A personal API token that carries `scope` (any token, with None)."""

    def __init__(self, scope: str | None):
        self.scope = scope
        super().__init__()

    def authenticate(self, request: HttpRequest, token: str):
        return _caller(request, token, self.scope)


class EmbedFrame(APIKeyCookie):
    """The embedded comment section: its cookie holds an embed token, honoured only with
    the frame's header. No other site can make a browser add that header to a request
    here (it would need CORS, which the API never grants), so the header is the frame's
    CSRF protection, as the CSRF token is the session's."""

    param_name = EMBED_COOKIE

    def __init__(self, scope: str | None):
        self.scope = scope
        super().__init__(csrf=False)

    def _get_key(self, request: HttpRequest):
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key):
        if not key or request.headers.get(EMBED_HEADER) != "1":
            return None
        return _caller(request, key, self.scope)


class SiteSession(APIKeyCookie):
    """The reader's session on this site; writes need the CSRF token as well
    (`X-CSRFToken` header), as the site's own forms do."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest):
        # Not ninja's default order (CSRF first): a caller without a session is told to
        # sign in, not that a CSRF token is missing.
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key):
        if not key or not request.user.is_authenticated:
            return None
        if check_csrf(request) is not None:
            raise HttpError(
                403,
                _("The CSRF check failed: send the csrftoken cookie's value in X-CSRFToken."),
            )
        return request.user


def bearer_reader(request: HttpRequest) -> None:
    """For the public read endpoints: a token, if one is sent, makes its reader the
    caller (so they see their own comments awaiting moderation); a bad one is refused
    rather than silently read as anonymous. The embedded frame's cookie counts too."""
    header = request.headers.get("Authorization", "")
    if not header:
        embed_token = request.COOKIES.get(EMBED_COOKIE)
        if embed_token and request.headers.get(EMBED_HEADER) == "1":
            _caller(request, embed_token, None)
        return
    scheme, _space, raw = header.partition(" ")
    if scheme.lower() != "bearer":
        raise HttpError(401, _("Send an API token as: Authorization: Bearer <token>."))
    try:
        request.user = token_for(raw.strip()).user
    except TokenRefused as refused:
        raise HttpError(401, refused.message) from None


ANY = [TokenAuth(None), EmbedFrame(None), SiteSession()]
READ = [TokenAuth(Scope.READ), EmbedFrame(Scope.READ), SiteSession()]
WRITE = [TokenAuth(Scope.WRITE), EmbedFrame(Scope.WRITE), SiteSession()]
MODERATE = [TokenAuth(Scope.MODERATE), SiteSession()]
