"""Small factories for comment tests; they go through the real actions."""

from newsroom.articles.tests.factories import make_article
from newsroom.comments.actions import do_post_comment, new_comment


def make_comment(article=None, author=None, body="A fair point, well made.", parent=None):
    """A comment published as the comments app saves it (moderation's tests screen
    theirs: see newsroom/moderation/tests/factories.py)."""
    article = article or (parent.article if parent else make_article())
    return do_post_comment(new_comment(article=article, author=author, body=body, parent=parent))
