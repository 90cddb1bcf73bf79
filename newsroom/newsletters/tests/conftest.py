"""A configurable SMTP server (aiosmtpd) on loopback: slow, failing or refusing on demand."""

import asyncio
import os
import signal
import threading
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from newsroom.testing.servers import free_port


class Sink:
    """Keeps every message it accepts, in order: (recipients, parsed message)."""

    def __init__(self):
        self.messages = []
        self.delay = 0.0  # seconds before answering DATA, so a kill can land mid-send
        self.temporary_failures = 0  # answer this many DATA commands with 451
        self.refused: set[str] = set()  # answer RCPT with 550 for these
        self.kill_at: tuple[int, int] | None = None  # (n-th message, pid): SIGKILL it then
        self.arrived = threading.Condition()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.temporary_failures > 0:
            self.temporary_failures -= 1
            return "451 4.3.0 Try again later"
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.arrived:
            self.messages.append((envelope.rcpt_tos, message))
            self.arrived.notify_all()
            if self.kill_at and len(self.messages) == self.kill_at[0]:
                # The server has the whole message; the worker dies before it hears "250".
                os.kill(self.kill_at[1], signal.SIGKILL)
        return "250 Message accepted for delivery"

    def by_recipient(self) -> dict[str, list[str]]:
        """Each recipient's Message-IDs, in arrival order."""
        found: dict[str, list[str]] = {}
        for recipients, message in self.messages:
            for address in recipients:
                found.setdefault(address, []).append(message["Message-ID"])
        return found


@pytest.fixture
def sink(settings):
    handler = Sink()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    handler.port = controller.port
    yield handler
    controller.stop()
