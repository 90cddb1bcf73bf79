"""The one refusal of the imports app, with a message for the person who asked."""

from newsroom.core.refusals import Refused


class ImportRefused(Refused):
    """The file, the options or another run under way do not allow this import."""
