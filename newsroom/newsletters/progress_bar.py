"""A text progress bar for the sending commands (no dependency needed)."""

from newsroom.newsletters.models import Progress

WIDTH = 30


def render_bar(progress: Progress) -> str:
    filled = WIDTH if not progress.total else WIDTH * progress.done // progress.total
    bar = "#" * filled + "-" * (WIDTH - filled)
    return f"[{bar}] {progress.percent:3d}%  {progress}"
