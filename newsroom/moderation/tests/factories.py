"""Small factories for moderation tests."""

from newsroom.comments.actions import do_report
from newsroom.comments.tests.factories import make_comment
from newsroom.moderation.models import WordListEntry


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
    return do_report(comment=comment, reporter=reporter, reason=reason, text=text)
