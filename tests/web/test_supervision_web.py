"""The overview's 督查通报 download (issue 11): the button, and the .docx it serves."""

import io

from docx import Document

from taizhang.ledger.notice_document import STYLES

from .conftest import target_id


def test_the_overview_offers_the_notice_and_the_download_is_a_word_document(login):
    c = login("viewer")
    page = c.get("/?as_of=2023-09-30").text
    assert 'href="/api/export/notice?as_of=2023-09-30"' in page and "下载督查通报" in page
    got = c.get("/api/export/notice?as_of=2023-09-30&number=16")
    assert got.status_code == 200
    assert got.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "attachment" in got.headers["content-disposition"]
    assert "filename*=UTF-8''%E7%9D%A3%E6%9F%A5%E9%80%9A%E6%8A%A5-2023-09-30.docx" in got.headers["content-disposition"]
    doc = Document(io.BytesIO(got.content))
    titles = [p.text for p in doc.paragraphs if p.style.name == STYLES["title"]]
    assert titles == ["关于2023年前三季度重点目标任务推进情况的通报"]
    assert any(p.text.endswith("年第16期") for p in doc.paragraphs)  # the year of issue: today
    assert doc.tables, "the tables of lights and the ranking"


def test_the_notice_needs_a_login_and_a_sane_number(anon, login):
    assert anon.get("/api/export/notice").status_code == 401
    assert login("viewer").get("/api/export/notice?number=0").status_code == 422


def _unit_user(web_ledger, name):
    """蓬江区's industrial investment (yellow at 2023-09-30) led by a unit of user ``name``, due 10月10日."""
    from datetime import date

    from sqlalchemy import select

    from taizhang.ledger.models import User
    from taizhang.ledger.units import assign_units, create_unit, set_user_units

    target = target_id(web_ledger, "440703")
    with web_ledger.session(write=True) as s:
        unit = create_unit(s, "蓬江区工业和信息化局", email="gxj@pengjiang.example.gov.cn", who="t")
        assign_units(s, target, lead=unit.id, deadline=date(2023, 10, 10), actor="t")
        user = s.scalars(select(User).where(User.name == name)).one()
        set_user_units(s, user.id, [unit.id], who="t")
    return target


def test_a_units_user_sees_its_reminders_on_the_overview_and_others_do_not(web_ledger, login):
    target = _unit_user(web_ledger, "pengjiang")
    page = login("pengjiang").get("/?as_of=2023-09-30").text
    assert 'id="my-reminders"' in page and "蓬江区工业和信息化局" in page
    panel = page.split('id="my-reminders"')[1].split("</section>")[0]
    assert f'href="/targets/{target}"' in panel and "临近完成时限" in panel and "2023-10-10" in panel
    later = login("pengjiang").get("/?as_of=2023-10-31").text.split('id="my-reminders"')[1].split("</section>")[0]
    assert "超过完成时限" in later
    assert 'id="my-reminders"' not in login("viewer").get("/?as_of=2023-09-30").text


def test_a_unit_scoped_reporter_may_not_download_the_whole_notice(web_ledger, login):
    from .conftest import audit_actions

    _unit_user(web_ledger, "pengjiang")
    got = login("pengjiang").get("/api/export/notice?as_of=2023-09-30")
    assert got.status_code == 403 and got.json()["error"]["code"] == "E403"
    assert any(e.entity == "notice" and e.who == "pengjiang" for e in audit_actions(web_ledger, "denied"))
