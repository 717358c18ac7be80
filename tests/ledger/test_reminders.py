"""Reminders (issue 11): each unit is mailed its due and overdue targets through a real SMTP server
started in the test (aiosmtpd), exactly once per period; failures are retried and reported."""

from datetime import date

import pytest
from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.ledger.mail import Mailer
from taizhang.ledger.models import ReminderSent
from taizhang.ledger.reminders import send_reminders, unit_reminders
from taizhang.ledger.service import import_progress, ledger_status
from taizhang.ledger.settings import LedgerSettings
from taizhang.ledger.units import assign_units, create_unit

from ..smtp import Inbox, smtp_server
from .jiangmen import ACTUALS
from .test_jiangmen import AS_OF, load

# targets of the Q3 notice (published 2023-10-20), by region, indicator and value as written
LAND = ("恩平市", "盘活低效用地", "133.3公顷")  # red at 2023-09-30: 64.9% against 75%
BIG = ("蓬江区", "新引进项目", "40个")  # green, 80%
DONE = ("江海区", "照后减证和简化审批事项", "500项")  # achieved early: 512
LATER = ("新会区", "招商大会", "16场")  # green, due at the year end


def _target(s, region, indicator, value_text):
    [row] = [
        r
        for r in ledger_status(s, as_of=AS_OF).rows
        if (r.target.region, r.target.indicator, r.target.value_text) == (region, indicator, value_text)
        and r.target.published == date(2023, 10, 20)
    ]
    return row.target.id


@pytest.fixture
def units(ledger):
    """Four units: 自然资源局 leads LAND (deadline 9月15日, past), 投促局 leads BIG (due 10月10日),
    农业局 assists LAND, 商务局 leads DONE (past due but achieved) and LATER (year end): no mail."""
    load(ledger)
    with ledger.session(write=True) as s:
        import_progress(s, ACTUALS, who="督查室")
        made = {
            key: create_unit(s, name, email=mail, who="督查室").id
            for key, name, mail in (
                ("land", "恩平市自然资源局", "zrj@enping.example.gov.cn"),
                ("invest", "蓬江区投资促进局", "tcj@pengjiang.example.gov.cn"),
                ("farm", "恩平市农业农村局", "nyj@enping.example.gov.cn"),
                ("trade", "新会区商务局", "swj@xinhui.example.gov.cn"),
            )
        }
        assign_units(
            s, _target(s, *LAND), lead=made["land"], assisting=[made["farm"]], deadline=date(2023, 9, 15), actor="t"
        )
        assign_units(s, _target(s, *BIG), lead=made["invest"], deadline=date(2023, 10, 10), actor="t")
        assign_units(s, _target(s, *DONE), lead=made["trade"], deadline=date(2023, 9, 1), actor="t")
        assign_units(s, _target(s, *LATER), lead=made["trade"], actor="t")
    return made


def _settings(port, **extra):
    return LedgerSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_sender="ducha@example.gov.cn", **extra)


def _send(ledger, port, *, as_of=AS_OF, waits=None, **extra):
    with ledger.session() as s:
        report = ledger_status(s, as_of=as_of)
    mailer = Mailer(_settings(port, **extra), sleep=(waits if waits is not None else []).append)
    return send_reminders(ledger, report, within=14, issuer="江门市人民政府督查室", mailer=mailer)


def test_each_unit_gets_one_mail_with_its_due_and_overdue_targets_and_none_twice(ledger, units):
    inbox = Inbox()
    with smtp_server(inbox) as port:
        first = _send(ledger, port)
        second = _send(ledger, port)
    assert first.ok and len(first.sent) == 3 and first.items_sent == 3
    mails = inbox.by_recipient()
    assert sorted(mails) == ["nyj@enping.example.gov.cn", "tcj@pengjiang.example.gov.cn", "zrj@enping.example.gov.cn"]
    assert all(len(m) == 1 for m in mails.values())  # one mail per unit
    [land] = mails["zrj@enping.example.gov.cn"]
    assert land["Subject"] == "【目标任务提醒】恩平市自然资源局：1项已超过完成时限，0项14日内到期"
    body = land.get_content()
    assert "已超过完成时限（1项）" in body and "恩平市 盘活低效用地 133.3公顷" in body
    assert "完成时限：2023年9月15日" in body and "状态：红灯" in body and "完成率：64.9%" in body
    [invest] = mails["tcj@pengjiang.example.gov.cn"]
    assert "14日内到期（1项）" in invest.get_content() and "新引进项目 40个" in invest.get_content()
    [farm] = mails["nyj@enping.example.gov.cn"]
    assert "贵单位配合的目标任务（1项）" in farm.get_content() and "牵头单位：恩平市自然资源局" in farm.get_content()
    assert "swj@xinhui.example.gov.cn" not in mails  # achieved, and not yet due
    # the second run: nothing new, nothing sent
    assert second.sent == [] and second.skipped == 3 and len(inbox.messages) == 3
    with ledger.session() as s:
        assert s.query(ReminderSent).count() == 3


def test_a_target_past_due_is_chased_again_the_next_month(ledger, units):
    inbox = Inbox()
    with smtp_server(inbox) as port:
        _send(ledger, port)
        october = _send(ledger, port, as_of=date(2023, 10, 31))
    # LAND again (overdue:2023-10), and BIG now past its 10月10日 deadline; the assisting unit too
    assert len(october.sent) == 3
    subjects = {str(m["To"]): str(m["Subject"]) for m in inbox.messages[3:]}
    assert "1项已超过完成时限" in subjects["tcj@pengjiang.example.gov.cn"]


def test_a_server_refusing_the_first_attempt_gets_the_mail_on_a_retry(ledger, units):
    inbox, waits = Inbox(reject=1), []
    with smtp_server(inbox) as port:
        result = _send(ledger, port, waits=waits, smtp_backoff=0.01)
    assert result.ok and inbox.refused == 1 and len(inbox.messages) == 3 and waits == [0.01]
    assert sorted(d.attempts for d in result.sent) == [1, 1, 2]


def test_a_mail_that_never_goes_through_is_reported_and_sent_by_the_next_run(ledger, units):
    refusing = Inbox(reject=1000)
    with smtp_server(refusing) as port:
        failed = _send(ledger, port, smtp_backoff=0, smtp_attempts=3)
    assert not failed.ok and len(failed.failed) == 3 and failed.sent == []
    assert all(d.attempts == 3 and "451" in d.error for _, d in failed.failed)
    with ledger.session() as s:
        assert s.query(ReminderSent).count() == 0  # nothing recorded: nothing lost
    inbox = Inbox()
    with smtp_server(inbox) as port:
        assert _send(ledger, port).ok
    assert len(inbox.messages) == 3


def test_a_unit_without_an_address_is_reported(ledger, units):
    with ledger.session(write=True) as s:
        create_unit(s, "恩平市住建局", who="t")
    with ledger.session(write=True) as s:
        from taizhang.ledger.units import find_unit

        assign_units(s, _target(s, *LAND), assisting=[units["farm"], find_unit(s, "恩平市住建局").id], actor="t")
    inbox = Inbox()
    with smtp_server(inbox) as port:
        result = _send(ledger, port)
    assert [r.unit.name for r in result.no_address] == ["恩平市住建局"] and not result.ok
    assert len(inbox.messages) == 3


def test_the_list_a_units_users_see_includes_what_was_mailed(ledger, units):
    with smtp_server(Inbox()) as port:
        _send(ledger, port)
    with ledger.session() as s:
        report = ledger_status(s, as_of=AS_OF)
        [shown] = unit_reminders(s, report, within=14, unit_ids={units["land"]}, include_sent=True)
        [unsent] = unit_reminders(s, report, within=14, unit_ids={units["land"]})
    assert unsent.items == [] and unsent.skipped == 1
    assert [(i.kind, i.target) for i in shown.lead] == [("overdue", "盘活低效用地 133.3公顷")]


def _cli(monkeypatch, url, port, *args):
    for key, value in {
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SENDER": "ducha@example.gov.cn",
        "BACKOFF": "0",
    }.items():
        monkeypatch.setenv(f"TAIZHANG_SMTP_{key}", value)
    return CliRunner().invoke(app, ["remind", "--as-of", "2023-09-30", "--db", url, *args])


def test_cli_dry_run_sends_and_records_nothing(monkeypatch, ledger, units, db_url):
    inbox = Inbox()
    with smtp_server(inbox) as port:
        got = _cli(monkeypatch, db_url, port, "--dry-run")
    assert got.exit_code == 0, got.output
    assert "恩平市自然资源局" in got.output and "试运行：将发送 3 封提醒邮件" in got.output
    assert inbox.messages == []
    with ledger.session() as s:
        assert s.query(ReminderSent).count() == 0


def test_cli_sends_then_finds_nothing_new_and_exits_1_when_the_server_refuses(monkeypatch, ledger, units, db_url):
    refusing = Inbox(reject=1000)
    with smtp_server(refusing) as port:
        failed = _cli(monkeypatch, db_url, port)
    assert failed.exit_code == 1
    assert "3 封提醒邮件发送失败" in failed.output and "451" in failed.output
    inbox = Inbox()
    with smtp_server(inbox) as port:
        sent = _cli(monkeypatch, db_url, port)
        again = _cli(monkeypatch, db_url, port)
    assert sent.exit_code == 0 and "已发送 3 封提醒邮件（3 项）" in sent.output
    assert again.exit_code == 0 and "已发送 0 封" in again.output and "3 项此前已提醒" in again.output
    assert len(inbox.messages) == 3


def test_cli_without_a_mail_server_is_a_clear_error(monkeypatch, ledger, units, db_url):
    monkeypatch.delenv("TAIZHANG_SMTP_HOST", raising=False)
    got = CliRunner().invoke(app, ["remind", "--db", db_url])
    assert got.exit_code == 2 and "TAIZHANG_SMTP_HOST" in got.output
