"""Small factories for comment tests; they go through the real actions."""

from newsroom.articles.tests.factories import make_article
from newsroom.comments.actions import do_post_comment, new_comment


def make_comment(article=None, author=None, body="A fair point, well made.", parent=None):
    """A comment published as the comments app saves it: its own real write
    (`new_comment` then `do_post_comment`), without screening.

    Readers' posts go through moderation's `check_post_comment`, which screens them
    first; moderation's tests make theirs that way (newsroom/moderation/tests/
    factories.py). This one stays in the lower app because comments' tests are about
    the section, not screening: a comment here is published whatever its words, and the
    comments app's actions, which it calls, know nothing of moderation."""
    article = article or (parent.article if parent else make_article())
    return do_post_comment(new_comment(article=article, author=author, body=body, parent=parent))
