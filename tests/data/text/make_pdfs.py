"""Build the PDF fixtures of tests/text: one with a Chinese text layer, one scan-like (image only).

Uses reportlab (test extra) and its built-in CID font STSong-Light, which needs no font file;
``invariant=True`` leaves out the creation date and random ID, so a rebuild is byte-identical
and ``tests/text/test_text_readers.py`` checks the committed files against a fresh build.

Run from the repository root::

    .venv/bin/python tests/data/text/make_pdfs.py
"""

from __future__ import annotations

import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_PDF = HERE / "chinese_text_layer.pdf"
SCAN_PDF = HERE / "scan_image_only.pdf"

# Invented lines in the style of a district work plan (no real document is copied).
PAGES = [
    [
        "某某区2023年重点工作安排",
        "一、确保地区生产总值增长6%以上，力争实现7%。",
        "二、全年完成工业投资不少于120亿元。",
    ],
    [
        "三、新引进亿元以上项目30个以上。",
        "四、城镇登记失业率控制在3%以内。",
        "某某区人民政府　2023年2月1日",
    ],
]


def build_text_pdf() -> bytes:
    """Two A4 pages of Chinese text set in STSong-Light."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for lines in PAGES:
        pdf.setFont("STSong-Light", 14)
        for number, line in enumerate(lines):
            pdf.drawString(72, 760 - 28 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def build_scan_pdf() -> bytes:
    """One A4 page holding only a grey image with dark bars, the way a scanner's output has no text."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (120, 160), color=235)
    draw = ImageDraw.Draw(image)
    for row in range(12, 150, 12):
        draw.rectangle((12, row, 108, row + 5), fill=40)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.drawImage(ImageReader(image), 72, 200, width=450, height=600)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


if __name__ == "__main__":
    TEXT_PDF.write_bytes(build_text_pdf())
    SCAN_PDF.write_bytes(build_scan_pdf())
    print(f"wrote {TEXT_PDF} and {SCAN_PDF}")
