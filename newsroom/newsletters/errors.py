"""The one error a newsletter action raises when it refuses: a message for the person."""


class NewsletterRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
