"""HTTP byte ranges (RFC 9110 §14), the single-range subset that audio players send."""

import re
from typing import Literal

# ASCII digits only (\d would take any script's digits), and no more of them than a
# file size can have: a longer number is a header we do not understand.
_RANGE = re.compile(r"^bytes=([0-9]{0,18})-([0-9]{0,18})$")


def requested_range(header: str, size: int) -> tuple[int, int] | Literal["unsatisfiable"] | None:
    """(first, last) byte of a satisfiable range, "unsatisfiable", or None for the whole
    file (no header, or one we do not understand, such as several ranges)."""
    match = _RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the final N bytes
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return "unsatisfiable"
    return start, end
