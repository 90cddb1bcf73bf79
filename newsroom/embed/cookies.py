"""The frame's own cookie: an embed token, set for the third-party frame only.

In a frame on another site a browser keeps cookies apart per top-level site (CHIPS,
`Partitioned`) or not at all; the site's session cookie (SameSite=Lax) is never sent
there. So the frame carries its own cookie, made `SameSite=None; Secure` (required for
any cookie sent in a third-party frame) and `Partitioned` — unless the frame was
granted storage access (Storage Access API), when one unpartitioned cookie serves every
allowed site that is granted it too.
"""

from django.http import HttpResponse

from newsroom.api.auth import EMBED_COOKIE

MAX_AGE = 30 * 24 * 3600


def set_embed_cookie(response: HttpResponse, raw_token: str, *, partitioned: bool) -> None:
    # Python's cookie morsels know no `Partitioned` before 3.14, so the header is built
    # here; the token is URL-safe base64 and needs no quoting.
    parts = [
        f"{EMBED_COOKIE}={raw_token}",
        "Path=/",
        f"Max-Age={MAX_AGE}",
        "HttpOnly",
        "Secure",
        "SameSite=None",
    ]
    if partitioned:
        parts.append("Partitioned")
    response["Set-Cookie"] = "; ".join(parts)


def clear_embed_cookie(response: HttpResponse) -> None:
    response["Set-Cookie"] = (
        f"{EMBED_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=None; Partitioned"
    )
