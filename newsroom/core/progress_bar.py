"""A text progress bar for long-running commands (no dependency needed)."""

from typing import Protocol

WIDTH = 30


class Progress(Protocol):
    """Anything that knows how much is done of how much, and describes itself."""

    @property
    def done(self) -> int: ...

    @property
    def total(self) -> int: ...


def render_bar(progress: Progress) -> str:
    total, done = progress.total, min(progress.done, progress.total)
    filled = WIDTH if not total else WIDTH * done // total
    percent = 100 if not total else int(100 * done / total)
    bar = "#" * filled + "-" * (WIDTH - filled)
    return f"[{bar}] {percent:3d}%  {progress}"
