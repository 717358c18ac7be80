"""The supervision loop end to end (issue 11), on SQLite and PostgreSQL: an office's 台账 with shuffled,
differently worded headings → targets with units and deadlines; a unit's reporter reports its own
target only; reminders reach a real SMTP server (due and overdue, none twice); the 督查通报 converts
to a PDF that lists the red target and the late unit."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from taizhang.ledger.mail import Mailer
from taizhang.ledger.models import Target, TargetUnit
from taizhang.ledger.notice import build_notice
from taizhang.ledger.notice_document import write_notice
from taizhang.ledger.office_sheet import import_office_sheet
from taizhang.ledger.reminders import send_reminders
from taizhang.ledger.service import ledger_status
from taizhang.ledger.settings import LedgerSettings
from taizhang.ledger.units import create_unit
from taizhang.ledger.users import create_user

from ..ledger.test_libreoffice import convert, soffice  # noqa: F401  (the fixture)
from ..ledger.test_office_sheet import xlsx
from ..smtp import Inbox, smtp_server
from .conftest import PASSWORD

AS_OF = date(2023, 9, 30)
TRADE, PLAN = "trade@pj.example.gov.cn", "plan@pj.example.gov.cn"

# The office's own sheet: headings in its order and words (责任单位 = 牵头单位, 年度目标 = 目标值, …).
SHEET = [
    ["责任单位", "年度目标", "指标名称", "序号", "时间节点", "协办单位", "责任人"],
    ["区商务局", "突破50亿元", "社会消费品零售总额", 1, "2023年9月15日", "区发展和改革局", "张三"],
    ["区发展和改革局", "30家以上", "新增规模以上工业企业", 2, "2023年10月10日", None, "李四"],
]


def test_a_taizhang_becomes_targets_reported_reminded_and_noticed(web_ledger, login, soffice, tmp_path):  # noqa: F811
    with web_ledger.session(write=True) as s:
        trade = create_unit(s, "区商务局", region_code="440703", email=TRADE, who="督查室").id
        plan = create_unit(s, "区发展和改革局", region_code="440703", email=PLAN, who="督查室").id
        result = import_office_sheet(s, "蓬江区台账.xlsx", xlsx(SHEET), who="督查室", region="蓬江区", year=2023)
        sales, projects = result.targets[2], result.targets[3]  # by sheet row
        create_user(s, "swj", role="reporter", password=PASSWORD, units=[trade], who="督查室")
    with web_ledger.session() as s:
        got = {t.id: (t.deadline, t.responsible_person, t.comparator, t.value) for t in s.scalars(select(Target))}
        assert got[sales][:2] == (date(2023, 9, 15), "张三") and got[sales][3] == 5_000_000_000
        assert got[projects][:2] == (date(2023, 10, 10), "李四") and got[projects][3] == 30
        roles = {(u.target_id, u.unit_id, u.role) for u in s.scalars(select(TargetUnit))}
        assert {(sales, trade, "lead"), (sales, plan, "assist"), (projects, plan, "lead")} <= roles

    # the unit's reporter reports its own target, and is refused the other unit's
    c = login("swj")
    mine = {"target_id": sales, "period": "2023-09", "value": "20亿元"}
    assert c.write("POST", "/api/progress", json=mine).status_code in (200, 201)
    other = {"target_id": projects, "period": "2023-09", "value": "12家"}
    assert c.write("POST", "/api/progress", json=other).status_code == 403

    # reminders: 区商务局 is past its 9月15日 deadline (20 of 50亿元), 区发展和改革局's is due in 10 days
    inbox = Inbox()
    with smtp_server(inbox) as port:
        settings = LedgerSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_sender="ducha@example.gov.cn")
        for _ in range(2):  # the second run sends nothing: each item is reminded once per period
            with web_ledger.session() as s:
                report = ledger_status(s, as_of=AS_OF)
            send_reminders(web_ledger, report, within=14, issuer="蓬江区督查室", mailer=Mailer(settings))
    to = sorted(str(m["X-Envelope-To"]) for m in inbox.messages)
    assert to == sorted([TRADE, PLAN])
    mails = {str(m["X-Envelope-To"]): m.get_body(("plain",)).get_content() for m in inbox.messages}
    assert "社会消费品零售总额" in mails[TRADE] and "新增规模以上工业企业" not in mails[TRADE]
    assert "新增规模以上工业企业" in mails[PLAN]

    # the notice lists the red target and the late unit, as LibreOffice reads it
    with web_ledger.session() as s:
        notice = build_notice(s, ledger_status(s, as_of=AS_OF), number=3, issued=date(2023, 10, 8), issuer="督查室")
    assert any("社会消费品零售总额" in r.target for r in notice.tables["red"])
    path = tmp_path / "通报.docx"
    write_notice(notice, path)
    [pdf] = convert(soffice, path, tmp_path / "out", "pdf")
    words = "".join("".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)
    assert "社会消费品零售总额" in words
    assert "区商务局" in words.split("逾期未报及超过完成时限的单位")[-1]
