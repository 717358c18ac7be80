"""Sending mail through SMTP, with retries: the reminders' one way out.

:class:`Mailer` is built from the ledger settings (``TAIZHANG_SMTP_*``). :meth:`Mailer.send`
tries a mail up to ``smtp_attempts`` times, waiting ``smtp_backoff`` seconds before the second
attempt and twice as long before each further one, and returns a :class:`Delivery` that says
whether it arrived and, if not, the server's last answer: a failure is returned to the caller,
which reports it, never swallowed.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from taizhang.errors import InputError
from taizhang.ledger.settings import LedgerSettings
from taizhang.messages import M

__all__ = ["Delivery", "Mail", "Mailer"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Mail:
    """One message: plain text, UTF-8 (Chinese subject and body)."""

    to: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class Delivery:
    """What became of one mail: ``error`` is None when the server accepted it."""

    mail: Mail
    attempts: int
    error: str | None = None

    @property
    def sent(self) -> bool:
        return self.error is None


class Mailer:
    """Sends :class:`Mail` through the SMTP server of ``settings``; ``sleep`` is waited between attempts."""

    def __init__(self, settings: LedgerSettings, *, sleep: Callable[[float], None] = time.sleep) -> None:
        if not settings.smtp_host:
            raise InputError(M("mail.no_host"))
        if not settings.smtp_sender:
            raise InputError(M("mail.no_sender"))
        self.settings = settings
        self.sender: str = settings.smtp_sender
        self._sleep = sleep

    def message(self, mail: Mail) -> EmailMessage:
        """The MIME message of ``mail``, as it goes on the wire."""
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = mail.to
        msg["Subject"] = mail.subject
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=self.sender.rpartition("@")[2] or None)
        msg.set_content(mail.body, charset="utf-8")
        return msg

    def send(self, mail: Mail) -> Delivery:
        """Send ``mail``, retrying; the :class:`Delivery` says how it went."""
        attempts = self.settings.smtp_attempts
        wait = self.settings.smtp_backoff
        error = ""
        for attempt in range(1, attempts + 1):
            try:
                self._send_once(self.message(mail))
                return Delivery(mail, attempt)
            except (smtplib.SMTPException, OSError) as exc:
                error = _describe(exc)
                log.warning("mail to %s, attempt %d of %d: %s", mail.to, attempt, attempts, error)
            if attempt < attempts:
                self._sleep(wait)
                wait *= 2
        return Delivery(mail, attempts, error)

    def _send_once(self, msg: EmailMessage) -> None:
        s = self.settings
        host, port, timeout = s.smtp_host or "", s.smtp_port, s.smtp_timeout
        smtp: smtplib.SMTP
        if s.smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        with smtp:
            if s.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                password = s.smtp_password.get_secret_value() if s.smtp_password else ""
                smtp.login(s.smtp_user, password)
            smtp.send_message(msg)


def _describe(exc: BaseException) -> str:
    """The server's answer (code and text) or the connection error, on one line."""
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return f"{exc.smtp_code} {answer}".replace("\n", " ")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{rcpt}: {code} {msg!r}" for rcpt, (code, msg) in exc.recipients.items())
    return f"{type(exc).__name__}: {exc}".replace("\n", " ")
