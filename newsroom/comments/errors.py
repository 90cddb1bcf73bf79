"""Why a reader's write was refused, in words we can show them."""

from newsroom.core.refusals import Refused


class CommentRefused(Refused):
    """A write the reader may not make; the message is shown to them as it is."""

    status = 403


class SignInRequired(CommentRefused):
    status = 401


class CommentNeedsRethink(CommentRefused):
    """Not refused: the reader is warned once and may rephrase or post it anyway."""

    status = 422
