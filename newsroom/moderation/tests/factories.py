"""Small factories for moderation tests: comments screened and saved as a reader's are."""

from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.actions import new_comment
from newsroom.moderation.actions import check_post_comment, check_report_comment
from newsroom.moderation.checks import Subject
from newsroom.moderation.models import ModerationSettings, WordListEntry


def make_comment(
    article=None, author=None, body="A fair point, well made.", parent=None, warned=False
):
    """A comment posted as a reader posts it, through `check_post_comment`: screened by
    the pipeline, saved with the status screening decided, reviewed and audited.
    `warned` posts it anyway if it warns. (The comments app's own factory publishes
    without screening, for tests that are not about moderation.)"""
    article = article or (parent.article if parent else make_article())
    return check_post_comment(
        article=article, author=author, body=body, parent=parent, warned=warned
    )


def subject(body, author, *, article=None, language=None, warned=False, is_edit=False) -> Subject:
    """What a single check is given for a reader's comment that is not saved yet, made
    as the write path makes it (`new_comment`), in `language`'s edition if named."""
    if article is None:
        article = make_article(section(language=language)) if language else make_article()
    comment = new_comment(article=article, author=author, body=body)
    return Subject(comment, is_edit, warned, ModerationSettings.current())


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
