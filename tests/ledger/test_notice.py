"""The 督查通报 (issue 11): a Word document in the official layout, which LibreOffice reads.

The PDF test converts the .docx with headless LibreOffice (``soffice``; ``.ci/run`` installs it) and
reads its text back with pypdf: the red targets and the late units must be there. Without soffice
it skips with one line; with CI=true it fails instead.
"""

from datetime import date

import pytest
from docx import Document
from docx.shared import Pt
from pypdf import PdfReader

from taizhang.ledger.notice import build_notice
from taizhang.ledger.notice_document import FONTS, STYLES, write_notice
from taizhang.ledger.service import import_progress, ledger_status
from taizhang.ledger.units import assign_units, create_unit

from .jiangmen import ACTUALS
from .test_jiangmen import AS_OF, load
from .test_libreoffice import convert, soffice  # noqa: F401  (the fixture)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def notice(ledger):
    """The notice at 2023-09-30 of the Jiangmen ledger with two units (on SQLite and PostgreSQL)."""
    load(ledger)
    with ledger.session(write=True) as s:
        import_progress(s, ACTUALS, who="督查室")
    with ledger.session(write=True) as s:  # a unit past a deadline, and one with a report overdue
        rows = ledger_status(s, as_of=AS_OF).rows
        land = next(
            r.target.id for r in rows if r.target.indicator == "盘活低效用地" and r.target.value_text == "133.3公顷"
        )
        silent = next(r.target.id for r in rows if r.assessment.status == "overdue")
        zrj = create_unit(s, "恩平市自然资源局", who="t").id
        assign_units(s, land, lead=zrj, deadline=date(2023, 9, 15), actor="t")
        assign_units(s, silent, lead=create_unit(s, "市统计局", who="t").id, actor="t")
    with ledger.session() as s:
        yield build_notice(
            s, ledger_status(s, as_of=AS_OF), number=16, issued=date(2023, 10, 20), issuer="江门市人民政府督查室"
        )


def test_the_notice_counts_and_tables_follow_the_lights(notice):
    assert notice.title == "关于2023年前三季度重点目标任务推进情况的通报"
    red = {(r.region, r.target) for r in notice.tables["red"]}
    assert ("恩平市", "盘活低效用地 133.3公顷") in red
    assert notice.counts["red"] == len(notice.tables["red"]) > 0
    assert f"亮红灯的{notice.counts['red']}项" in notice.summary and "序时进度为75%" in notice.summary
    land = next(r for r in notice.tables["red"] if r.target == "盘活低效用地 133.3公顷")
    assert (land.actual, land.completion, land.time_progress) == ("86.5公顷", "64.9%", "75.0%")
    assert "恩平市自然资源局" in {r.unit for r in notice.tables["red"]}
    late = {u.unit: (u.overdue_reports, u.past_deadline) for u in notice.late_units}
    assert late == {"恩平市自然资源局": (0, 1), "市统计局": (1, 0)}
    completions = [float(r.completion.rstrip("%")) for r in notice.ranking if r.completion != "—"]
    assert completions == sorted(completions, reverse=True) and notice.ranking[0].rank == 1


def test_the_docx_has_the_official_layout(notice, tmp_path):
    path = tmp_path / "通报.docx"
    write_notice(notice, path)
    doc = Document(str(path))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    title = doc.styles[STYLES["title"]]
    body = doc.styles[STYLES["body"]]
    assert title.font.size == Pt(22) and body.font.size == Pt(16)
    east_asian = {name: doc.styles[STYLES[name]].element.rPr.rFonts.get(f"{W}eastAsia") for name in ("title", "body")}
    assert east_asian == {"title": FONTS["title"], "body": "仿宋_GB2312"}
    assert doc.styles[STYLES["heading"]].element.rPr.rFonts.get(f"{W}eastAsia") == "黑体"
    paragraphs = {p.text: p.style.name for p in doc.paragraphs}
    assert paragraphs[notice.title] == STYLES["title"]
    assert paragraphs[notice.summary] == STYLES["body"]
    assert paragraphs["2023年第16期"] == STYLES["issue"]
    # one table per light with targets, then the ranking; header rows repeat on each page
    lit = [s for s in ("red", "yellow", "green", "overdue") if notice.tables[s]]
    assert len(doc.tables) == len(lit) + 1 + (1 if notice.late_units else 0)
    red = doc.tables[0]
    assert [c.text for c in red.rows[0].cells] == [
        "序号",
        "地区",
        "牵头单位",
        "目标任务",
        "最新完成",
        "完成率",
        "序时进度",
    ]
    assert len(red.rows) == 1 + len(notice.tables["red"])
    assert {c.paragraphs[0].style.name for row in red.rows for c in row.cells} == {STYLES["table"]}
    assert red.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    ranking = doc.tables[len(lit)]
    assert [c.text for c in ranking.rows[0].cells][:2] == ["排名", "地区"]
    # the page number is a PAGE field in the footer
    footer = section.footer.paragraphs[0]._p
    assert "PAGE" in "".join(t.text for t in footer.iter(f"{W}instrText"))
    assert footer.find(f".//{W}fldChar") is not None


def test_libreoffice_converts_it_to_a_pdf_listing_the_red_targets(notice, soffice, tmp_path):  # noqa: F811
    path = tmp_path / "通报.docx"
    write_notice(notice, path)
    [pdf] = convert(soffice, path, tmp_path / "out", "pdf")
    reader = PdfReader(str(pdf))
    words = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) >= 2
    assert "督查通报" in words and "2023年第16期" in words
    assert "关于2023年前三季度重点目标任务推进情况的通报" in words
    for row in notice.tables["red"]:
        assert "".join(row.target.split()) in words, row.target
    for unit in ("恩平市自然资源局", "市统计局"):
        assert unit in words.split("逾期未报及超过完成时限的单位")[-1]  # in the late units' table
    assert "—1—" in words  # the footer's page number, filled in


def test_cli_report_writes_the_docx_and_says_what_it_holds(sqlite_url, tmp_path):
    from typer.testing import CliRunner

    from taizhang.cli import app
    from taizhang.ledger.database import open_ledger

    ledger = open_ledger(sqlite_url)
    load(ledger)
    ledger.close()
    out = tmp_path / "通报.docx"
    args = ["report", "--as-of", "2023-09-30", "--number", "16", "--issued", "2023-10-20", "-o", str(out)]
    got = CliRunner().invoke(app, [*args, "--db", sqlite_url])
    assert got.exit_code == 0, got.output
    assert f"已写入 {out}" in got.output
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert "2023年第16期" in paragraphs and "关于2023年前三季度重点目标任务推进情况的通报" in paragraphs
    bad = CliRunner().invoke(app, ["report", "--as-of", "2023-02-30", "-o", str(out), "--db", sqlite_url])
    assert bad.exit_code == 2 and "2023-02-30" in bad.output
    nowhere = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "no" / "x.docx"), "--db", sqlite_url])
    assert nowhere.exit_code == 2 and "无法写入" in nowhere.output
