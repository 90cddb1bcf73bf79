"""The request id: taken from a front proxy's X-Request-ID when it looks like one, else
made here; kept in a context variable so that every log line of the request (and an
error report) carries it, and sent back in the response's X-Request-ID."""

import re
import secrets
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
# What we accept from outside: short, and nothing that could break a log line.
_ACCEPTED = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")

current_request_id: ContextVar[str] = ContextVar("request_id", default="")


def request_id_from(header: str | None) -> str:
    if header and _ACCEPTED.match(header):
        return header
    return secrets.token_hex(8)
