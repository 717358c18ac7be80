"""Mail through a real SMTP server started in the test (aiosmtpd): arrival, retries, failures (issue 11)."""

import pytest

from taizhang.errors import InputError
from taizhang.ledger.mail import Mail, Mailer
from taizhang.ledger.settings import LedgerSettings

from ..smtp import Inbox, smtp_server

MAIL = Mail(
    to="fgj@example.gov.cn",
    subject="【目标任务提醒】市发展改革局：1项已超过完成时限",
    body="市发展改革局：\n\n请抓紧推进。\n",
)


def _mailer(port, waits, **extra):
    settings = LedgerSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_sender="ducha@example.gov.cn", **extra)
    return Mailer(settings, sleep=waits.append)


def test_a_chinese_mail_arrives_as_written():
    inbox, waits = Inbox(), []
    with smtp_server(inbox) as port:
        delivery = _mailer(port, waits).send(MAIL)
    assert delivery.sent and delivery.attempts == 1 and waits == []
    [got] = inbox.messages
    assert got["Subject"] == MAIL.subject
    assert got["From"] == "ducha@example.gov.cn" and got["To"] == "fgj@example.gov.cn"
    assert got.get_content().replace("\r\n", "\n") == MAIL.body  # SMTP sends CRLF line ends


def test_a_refused_attempt_is_retried_after_a_wait_that_doubles():
    inbox, waits = Inbox(reject=2), []
    with smtp_server(inbox) as port:
        delivery = _mailer(port, waits, smtp_backoff=0.5).send(MAIL)
    assert delivery.sent and delivery.attempts == 3
    assert waits == [0.5, 1.0]
    assert inbox.refused == 2 and len(inbox.messages) == 1


def test_a_mail_refused_every_time_is_returned_as_failed_with_the_servers_answer():
    inbox, waits = Inbox(reject=10), []
    with smtp_server(inbox) as port:
        delivery = _mailer(port, waits, smtp_attempts=3).send(MAIL)
    assert not delivery.sent and delivery.attempts == 3
    assert "451" in delivery.error and "busy" in delivery.error
    assert inbox.messages == [] and inbox.refused == 3


def test_no_server_listening_is_a_failure_not_an_exception():
    with smtp_server(Inbox()) as port:
        pass  # stopped: nothing listens on the port now
    delivery = _mailer(port, [], smtp_attempts=2, smtp_timeout=2).send(MAIL)
    assert not delivery.sent and delivery.attempts == 2 and delivery.error


def test_settings_from_the_environment(monkeypatch):
    monkeypatch.setenv("TAIZHANG_SMTP_HOST", "mail.example.gov.cn")
    monkeypatch.setenv("TAIZHANG_SMTP_PORT", "587")
    monkeypatch.setenv("TAIZHANG_SMTP_SECURITY", "starttls")
    monkeypatch.setenv("TAIZHANG_SMTP_PASSWORD", "s3cret")
    s = LedgerSettings()
    assert (s.smtp_host, s.smtp_port, s.smtp_security) == ("mail.example.gov.cn", 587, "starttls")
    assert "s3cret" not in repr(s)


def test_without_a_host_or_sender_nothing_is_built():
    with pytest.raises(InputError, match="TAIZHANG_SMTP_HOST"):
        Mailer(LedgerSettings(smtp_sender="a@b.cn"))
    with pytest.raises(InputError, match="TAIZHANG_SMTP_SENDER"):
        Mailer(LedgerSettings(smtp_host="127.0.0.1"))
