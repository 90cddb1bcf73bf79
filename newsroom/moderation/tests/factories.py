"""Small factories for moderation tests: comments screened and saved as a reader's are."""

from newsroom.articles.tests.factories import make_article
from newsroom.moderation.actions import check_post_comment, check_report_comment
from newsroom.moderation.models import WordListEntry


def make_comment(
    article=None, author=None, body="A fair point, well made.", parent=None, warned=False
):
    """A comment screened by the pipeline; `warned` posts it anyway if it warns."""
    article = article or (parent.article if parent else make_article())
    return check_post_comment(
        article=article, author=author, body=body, parent=parent, warned=warned
    )


def held_comment(author, body="A perfectly ordinary remark about the dam.", **kwargs):
    """A comment on a pre-moderated reader's account, so it waits for a moderator."""
    profile = author.profile
    profile.premoderated = True
    profile.save()
    comment = make_comment(author=author, body=body, **kwargs)
    profile.premoderated = False
    profile.save()
    assert comment.status == "pending"
    return comment


def listed(phrase: str, action: str) -> WordListEntry:
    return WordListEntry.objects.create(phrase=phrase, action=action)


def report(comment, reporter, reason="spam", text=""):
    return check_report_comment(comment=comment, reporter=reporter, reason=reason, text=text)
