"""The overview's 督查通报 download (issue 11): the button, and the .docx it serves."""

import io

from docx import Document

from taizhang.ledger.notice_document import STYLES


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
