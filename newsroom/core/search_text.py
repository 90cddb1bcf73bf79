"""What a reader types into a search box, made safe for the database's full-text search.

The search backends pass terms into full-text syntax (SQLite FTS5's MATCH, PostgreSQL's
tsquery), where a double quote, a NUL or an operator character is a syntax error, not
a search. Both backends split text into words at punctuation anyway, so keeping only
the words (letters, marks and digits, in any script) loses nothing a reader could find.
"""

import unicodedata

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_WORDS = 20


def _is_word_character(character: str) -> bool:
    # Letters, combining marks (Arabic vowel signs, accents) and digits.
    return unicodedata.category(character)[0] in "LMN"


def search_words(raw: object) -> list[str]:
    """The words of a search query, in order, at most MAX_QUERY_WORDS of them."""
    if not isinstance(raw, str):
        return []
    text = unicodedata.normalize("NFC", raw[: MAX_QUERY_CHARACTERS * 2])
    spaced = "".join(c if _is_word_character(c) else " " for c in text)
    return spaced.split()[:MAX_QUERY_WORDS]


def clean_search_query(raw: object) -> str:
    """The query as plain words separated by spaces ("" when nothing searchable is
    left), at most MAX_QUERY_CHARACTERS long, never cutting a word in half."""
    kept: list[str] = []
    length = 0
    for word in search_words(raw):
        length += len(word) + (1 if kept else 0)
        if length > MAX_QUERY_CHARACTERS:
            break
        kept.append(word)
    return " ".join(kept)
