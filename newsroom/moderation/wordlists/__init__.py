"""The word lists that ship with Newsroom, one data file a language (common.txt: every
language); loaded into WordListEntry by a migration, edited by staff in the admin after."""

from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACTIONS = ("block", "hold", "flag", "mask")


def read_list(path: Path) -> Iterator[tuple[str, str, str]]:
    """(action, phrase, note) for each entry of one file."""
    action = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            action = line[1:-1]
            if action not in ACTIONS:
                raise ValueError(f"{path.name}:{number}: unknown action {action!r}")
            continue
        if not action:
            raise ValueError(f"{path.name}:{number}: an entry before any [action] heading")
        phrase, _bar, note = line.partition("|")
        yield action, " ".join(phrase.lower().split()), note.strip()


def shipped_entries() -> Iterator[tuple[str, str, str, str]]:
    """(language, action, phrase, note) for every shipped entry; language "" for all."""
    for path in sorted(HERE.glob("*.txt")):
        language = "" if path.stem == "common" else path.stem
        for action, phrase, note in read_list(path):
            yield language, action, phrase, note
