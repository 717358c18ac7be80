"""The 督查通报 as a Word document, in the layout Chinese official documents take (GB/T 9704).

A4 with margins of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); a red 版头
(督查通报, the issue number, the issuer and the date over a red rule); the title in
方正小标宋简体 二号 (22 pt); the text in 仿宋_GB2312 三号 (16 pt) at a fixed 28 pt line, first
lines indented two characters; headings in 黑体 三号; page numbers in the footer (— 1 —, a PAGE
field). Every kind of paragraph is a named style (``STYLES``), so an office can restyle the
document in Word at once. Where a font is not installed, Word and LibreOffice substitute one.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from taizhang.ledger.notice import NOTICE_STATUSES, Notice, status_heading
from taizhang.messages import text

__all__ = ["FONTS", "STYLES", "write_notice"]

RED = RGBColor(0xCC, 0x00, 0x00)
FONTS = {"title": "方正小标宋简体", "body": "仿宋_GB2312", "heading": "黑体", "table": "仿宋_GB2312", "page": "宋体"}
"""The fonts of the layout; their names are what Word looks up."""
STYLES = {
    "masthead": "通报版头",
    "issue": "通报期号",
    "byline": "通报发文",
    "title": "通报标题",
    "body": "通报正文",
    "heading": "通报一级标题",
    "subheading": "通报二级标题",
    "table": "通报表格",
    "signature": "通报落款",
    "page": "通报页码",
}
"""The named paragraph styles, by role."""
LINE = Pt(28)
ORDINALS = "一二三四五六七八九十"


def write_notice(notice: Notice, out: str | Path | IO[bytes]) -> None:
    """Write ``notice`` as a .docx to the path or binary stream ``out``."""
    doc = new_document()
    _page(doc)
    _styles(doc)
    _masthead(doc, notice)
    doc.add_paragraph(notice.title, style=STYLES["title"])
    doc.add_paragraph(text("notice.addressee"), style=STYLES["body"]).paragraph_format.first_line_indent = Pt(0)
    sections = iter(ORDINALS)
    _heading(doc, next(sections), text("notice.heading.overall"))
    doc.add_paragraph(notice.summary, style=STYLES["body"])
    _heading(doc, next(sections), text("notice.heading.lights"))
    for i, status in enumerate(NOTICE_STATUSES):
        rows = notice.tables[status]
        doc.add_paragraph(f"（{ORDINALS[i]}）{status_heading(status, len(rows))}", style=STYLES["subheading"])
        if not rows:
            doc.add_paragraph(text("notice.none"), style=STYLES["body"])
            continue
        _table(
            doc,
            [text(f"notice.col.{c}") for c in ("no", "region", "unit", "target", "actual", "completion", "time")],
            [
                [str(n), r.region, r.unit, r.target, r.actual, r.completion, r.time_progress]
                for n, r in enumerate(rows, 1)
            ],
            widths=(12, 18, 24, 40, 26, 17, 19),
        )
    _heading(doc, next(sections), text("notice.heading.ranking"))
    if notice.ranking:
        _table(
            doc,
            [text(f"notice.col.{c}") for c in ("rank", "region", "targets", "mean_completion", "mean_time")],
            [[str(r.rank), r.region, str(r.targets), r.completion, r.time_progress] for r in notice.ranking],
            widths=(16, 46, 24, 35, 35),
        )
    else:
        doc.add_paragraph(text("notice.none"), style=STYLES["body"])
    _heading(doc, next(sections), text("notice.heading.late"))
    if notice.late_units:
        _table(
            doc,
            [text(f"notice.col.{c}") for c in ("no", "unit", "overdue_reports", "past_deadline", "targets_late")],
            [
                [str(n), u.unit, str(u.overdue_reports), str(u.past_deadline), "；".join(u.targets)]
                for n, u in enumerate(notice.late_units, 1)
            ],
            widths=(12, 36, 22, 22, 64),
        )
    else:
        doc.add_paragraph(text("notice.no_late_units"), style=STYLES["body"])
    doc.add_paragraph("", style=STYLES["body"])
    doc.add_paragraph(notice.issuer, style=STYLES["signature"])
    doc.add_paragraph(
        _chinese_date(notice.issued.year, notice.issued.month, notice.issued.day), style=STYLES["signature"]
    )
    doc.save(out)  # type: ignore[arg-type]


def _chinese_date(year: int, month: int, day: int) -> str:
    return text("notice.date", year=year, month=month, day=day)


def _page(doc: Document) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25)
    footer = section.footer.paragraphs[0]
    footer.style = _style(doc, STYLES["page"], FONTS["page"], 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    footer.add_run("— ")
    _page_field(footer.add_run())
    footer.add_run(" —")


def _page_field(run: object) -> None:
    """A PAGE field in ``run``: Word and LibreOffice fill in the page's number."""
    r = run._r  # type: ignore[attr-defined]
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif instruction == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instruction
        else:
            el = OxmlElement("w:t")
            el.text = instruction
        r.append(el)


def _style(
    doc: Document,
    name: str,
    font: str,
    size: float,
    *,
    bold: bool = False,
    align: int | None = None,
    indent: bool = False,
    colour: RGBColor | None = None,
    line: Pt | None = None,
) -> ParagraphStyle:
    """The paragraph style ``name`` (made once): ``font`` for Chinese and Latin text alike."""
    styles = doc.styles
    if name in [s.name for s in styles]:
        return styles[name]  # type: ignore[return-value]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.font.bold = bold
    if colour is not None:
        style.font.color.rgb = colour
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)
    fmt = style.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = line
    if align is not None:
        fmt.alignment = align  # type: ignore[assignment]
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    return style


def _styles(doc: Document) -> None:
    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    _style(doc, STYLES["masthead"], FONTS["title"], 36, align=center, colour=RED)
    _style(doc, STYLES["issue"], FONTS["body"], 16, align=center, line=LINE)
    byline = _style(doc, STYLES["byline"], FONTS["body"], 16, line=LINE)
    byline.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    _red_rule(byline)
    title = _style(doc, STYLES["title"], FONTS["title"], 22, align=center, line=Pt(36))
    title.paragraph_format.space_before = title.paragraph_format.space_after = Pt(16)
    _style(doc, STYLES["body"], FONTS["body"], 16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=LINE)
    _style(doc, STYLES["heading"], FONTS["heading"], 16, indent=True, line=LINE)
    _style(doc, STYLES["subheading"], FONTS["body"], 16, bold=True, indent=True, line=LINE)
    _style(doc, STYLES["table"], FONTS["table"], 10.5, align=center)
    _style(doc, STYLES["signature"], FONTS["body"], 16, align=right, line=LINE)


def _red_rule(style: ParagraphStyle) -> None:
    """A red line under paragraphs of ``style`` (the 版头's separator)."""
    ppr = style.element.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "12"), ("space", "4"), ("color", "CC0000")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    ppr.append(border)


def _masthead(doc: Document, notice: Notice) -> None:
    doc.add_paragraph(text("notice.masthead"), style=STYLES["masthead"])
    doc.add_paragraph(text("notice.issue", year=notice.issued.year, number=notice.number), style=STYLES["issue"])
    issued = notice.issued
    doc.add_paragraph(
        f"{notice.issuer}\t{_chinese_date(issued.year, issued.month, issued.day)}", style=STYLES["byline"]
    )


def _heading(doc: Document, ordinal: str, words: str) -> None:
    doc.add_paragraph(f"{ordinal}、{words}", style=STYLES["heading"])


def _table(doc: Document, headers: list[str], rows: list[list[str]], *, widths: tuple[int, ...]) -> None:
    """A grid table: a bold header row repeated on every page, cells in the table style."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    style_id = doc.styles[STYLES["table"]].style_id  # set on each cell's paragraph directly: python-docx
    # looks a style up by name through every style of the document, per call
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(_on("w:tblHeader"))
    sizes = [Mm(w) for w in widths]
    for cell, words, size in zip(header.cells, headers, sizes, strict=True):
        cell.width = size
        cell.paragraphs[0]._p.style = style_id
        cell.paragraphs[0].add_run(words).bold = True
    for values in rows:
        for cell, value, size in zip(table.add_row().cells, values, sizes, strict=True):
            cell.width = size  # Word reads the cells' widths, LibreOffice the grid's (below)
            cell.paragraphs[0]._p.style = style_id
            cell.paragraphs[0].add_run(value)
    table.autofit = False
    for col, size in zip(table._tbl.tblGrid.gridCol_lst, sizes, strict=True):
        col.w = size
    doc.add_paragraph("", style=STYLES["table"])


def _on(tag: str) -> OxmlElement:
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    return el
