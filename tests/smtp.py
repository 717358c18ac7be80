"""A real SMTP server for tests (aiosmtpd on 127.0.0.1), keeping what arrives to be read back."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


class Inbox:
    """The server's handler: every accepted message, parsed; the first ``reject`` DATA commands
    are refused with a temporary error (451), as a busy server does."""

    def __init__(self, reject: int = 0) -> None:
        self.messages: list[EmailMessage] = []
        self.reject = reject
        self.refused = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.reject:
            self.reject -= 1
            self.refused += 1
            return "451 4.3.0 busy, try again later"
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=policy.default)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 OK"

    def by_recipient(self) -> dict[str, list[EmailMessage]]:
        out: dict[str, list[EmailMessage]] = {}
        for m in self.messages:
            out.setdefault(str(m["To"]), []).append(m)
        return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def smtp_server(inbox: Inbox) -> Iterator[int]:
    """Serve ``inbox`` on a free port of 127.0.0.1 for the block; yields the port."""
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
