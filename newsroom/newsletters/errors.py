"""The one error a newsletter action raises when it refuses: a message for the person."""

from newsroom.core.refusals import Refused


class NewsletterRefused(Refused):
    """The digest's state, or the editor's account, does not allow this."""
