"""The one refusal of the imports app, with a message for the person who asked."""


class ImportRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
