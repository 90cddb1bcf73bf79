"""Why a reader's write was refused, in words we can show them."""


class CommentRefused(Exception):
    """A write the reader may not make; the message is shown to them as it is."""

    status = 403

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class SignInRequired(CommentRefused):
    status = 401


class CommentNeedsRethink(CommentRefused):
    """Not refused: the reader is warned once and may rephrase or post it anyway."""

    status = 422
