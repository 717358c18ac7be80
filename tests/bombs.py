"""Hostile office files for tests and bench/archive_bombs.py: zip bombs and a lying <dimension> tag.

Each builder starts from a file the real library wrote (python-docx, openpyxl) and swaps in one
part, so everything but the hostile part is what a real office file holds.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable


def _rezip(original: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """``original`` with the zip member ``part`` passed through ``change``, deflated."""
    source = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            archive.writestr(info.filename, change(data) if info.filename == part else data)
    return out.getvalue()


def docx_bomb(paragraphs: int = 3_000_000) -> bytes:
    """A .docx whose body is ``paragraphs`` empty paragraphs (3,000,000 zip to a few hundred KB)."""
    import docx

    blank = io.BytesIO()
    docx.Document().save(blank)

    def fill(xml: bytes) -> bytes:
        head, mark, tail = xml.partition(b"<w:body>")
        return head + mark + b"<w:p></w:p>" * paragraphs + tail

    return _rezip(blank.getvalue(), "word/document.xml", fill)


def _sheet(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_with_dimension(rows: list[list[object]], dimension: str) -> bytes:
    """An .xlsx of ``rows`` whose ``<dimension ref=…>`` says ``dimension`` (e.g. "A1:B2")."""

    def lie(xml: bytes) -> bytes:
        return re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), xml, count=1)

    return _rezip(_sheet(rows), "xl/worksheets/sheet1.xml", lie)


def xlsx_bomb(cells: int = 12_000_000) -> bytes:
    """An .xlsx whose one sheet holds ``cells`` empty cells (a row of them every 1,000)."""
    header = [["region_code", "indicator", "period", "value"]]

    def fill(xml: bytes) -> bytes:
        row = b"<row>" + b"<c/>" * 1000 + b"</row>"
        return xml.replace(b"</sheetData>", row * (cells // 1000) + b"</sheetData>", 1)

    return _rezip(_sheet(header), "xl/worksheets/sheet1.xml", fill)
