"""read_document / read_bytes_document: each format, each bad input, arbitrary bytes, a 50 MB file."""

from __future__ import annotations

import datetime
import importlib.util
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taizhang.errors import NoTextLayerError, ReadError, TaizhangError, UnsupportedFormatError
from taizhang.text.readers import Document, read_bytes_document, read_document

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "text"
BIG5_DOC = ROOT / "tests" / "data" / "eval" / "xinhui-2023-big5" / "doc.txt"
TEXT_PDF = DATA / "chinese_text_layer.pdf"
SCAN_PDF = DATA / "scan_image_only.pdf"
GOV_PAGE = DATA / "gov_page.html"

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the header of old Office files
PLAN = "确保登记失业率控制在3%以内。\r\n引进亿元以上项目30个以上。\n"

PDF_LINES = [
    "某某区2023年重点工作安排",
    "一、确保地区生产总值增长6%以上，力争实现7%。",
    "二、全年完成工业投资不少于120亿元。",
    "三、新引进亿元以上项目30个以上。",
    "四、城镇登记失业率控制在3%以内。",
    "某某区人民政府\u30002023年2月1日",
]

GOV_PAGE_TEXT = """\
某某区2023年重点工作安排
发布时间：2023-02-01 09:30\u3000来源：某某区发展和改革局\u3000字号：大 中 小
2023年是全面贯彻落实党的二十大精神的开局之年。为做好全年经济工作，现将重点工作安排如下：
一、确保地区生产总值增长6%以上，力争实现7%。
二、全年完成工业投资不少于120亿元，其中技术改造投资增长10%。
三、新引进亿元以上项目30个以上。
四、城镇登记失业率控制在3%以内。
指标\t2023年目标
规上工业增加值增速\t7%
附件：  重点项目表.xlsx
分享到：微信 微博"""


def load_script(path: Path) -> ModuleType:
    """Import a fixture build script by its path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- plain text ---------------------------------------------------------------------------------

TEXT_FILES = [
    pytest.param("utf-8", "utf-8", id="utf-8"),
    pytest.param("gb18030", "gb18030", id="gb18030"),
    pytest.param("gbk", "gb18030", id="gbk"),
    pytest.param("utf-16", "utf-16-le", id="utf-16"),
]


@pytest.mark.parametrize(("written", "reported"), TEXT_FILES)
def test_text_file(tmp_path: Path, written: str, reported: str) -> None:
    path = write(tmp_path, "plan.txt", PLAN.encode(written))
    document = read_document(path)
    assert document.text == PLAN  # as decoded: "\r\n" kept, nothing normalised
    assert (document.format, document.encoding, document.source) == ("txt", reported, str(path))
    assert document.mtime == datetime.date.fromtimestamp(path.stat().st_mtime)


def test_explicit_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "plan.txt", PLAN.encode("gbk"))
    assert read_document(path, encoding="gbk").encoding == "gbk"


def test_big5_eval_document() -> None:
    document = read_document(BIG5_DOC)
    assert document.encoding in {"big5", "cp950", "big5hkscs"}
    assert document.text == BIG5_DOC.read_bytes().decode("big5")


# --- .docx --------------------------------------------------------------------------------------


def make_docx(path: Path) -> None:
    """Two paragraphs, a table with a merged header cell, a last paragraph."""
    document = docx.Document()
    document.add_paragraph("某某区2023年重点工作安排")
    document.add_paragraph("一、确保地区生产总值增长6%以上。")
    table = document.add_table(rows=3, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "主要指标"
    table.cell(1, 0).text = "工业投资"
    table.cell(1, 1).text = "120亿元"
    table.cell(2, 0).text = "失业率"
    table.cell(2, 1).text = "3%以内"
    document.add_paragraph("某某区人民政府")
    document.save(str(path))


def test_docx(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    make_docx(path)
    document = read_document(path)
    assert document.text == (
        "某某区2023年重点工作安排\n一、确保地区生产总值增长6%以上。\n"
        "主要指标\n工业投资\t120亿元\n失业率\t3%以内\n某某区人民政府"
    )
    assert (document.format, document.encoding) == ("docx", None)


# --- .pdf ---------------------------------------------------------------------------------------


def test_pdf_with_chinese_text_layer() -> None:
    document = read_document(TEXT_PDF)
    assert document.text.split("\n") == PDF_LINES
    assert (document.format, document.encoding) == ("pdf", None)


def test_scanned_pdf_has_no_text_layer() -> None:
    with pytest.raises(NoTextLayerError, match=r"scan_image_only\.pdf"):
        read_document(SCAN_PDF)


def test_pdf_fixtures_match_their_build_script() -> None:
    if importlib.util.find_spec("reportlab") is None:
        pytest.skip("reportlab (test extra) is needed to rebuild the PDF fixtures")
    make_pdfs = load_script(DATA / "make_pdfs.py")
    assert [line for page in make_pdfs.PAGES for line in page] == PDF_LINES
    fresh = read_bytes_document(make_pdfs.build_text_pdf(), name="fresh.pdf")
    assert fresh.text == read_document(TEXT_PDF).text
    with pytest.raises(NoTextLayerError):
        read_bytes_document(make_pdfs.build_scan_pdf(), name="fresh.pdf")


# --- .html --------------------------------------------------------------------------------------


def test_html_main_text_of_a_government_page() -> None:
    document = read_document(GOV_PAGE)
    assert document.text == GOV_PAGE_TEXT
    assert (document.format, document.encoding) == ("html", "utf-8")


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(text))


HTML_ENCODINGS = [
    # (charset the page declares, codec its bytes are in, encoding reported, Traditional page)
    pytest.param("gb2312", "gbk", "gb18030", False, id="declared-gb2312-written-gbk"),
    pytest.param("big5", "big5", "big5", True, id="declared-big5"),
    pytest.param("gb2312", "utf-8", "utf-8", False, id="declared-gb2312-but-utf-8"),
    pytest.param("utf-8", "gb18030", "gb18030", False, id="declared-utf-8-but-gb18030"),
    pytest.param("no-such-charset", "gb18030", "gb18030", False, id="unknown-charset-guessed"),
    pytest.param("base64", "gb18030", "gb18030", False, id="bytes-codec-ignored"),
    pytest.param("utf-16", "utf-8", "utf-8", False, id="utf-16-declared-means-utf-8"),
]


@pytest.mark.parametrize(("declared", "written", "reported", "traditional"), HTML_ENCODINGS)
def test_html_charset(tmp_path: Path, declared: str, written: str, reported: str, traditional: bool) -> None:
    page = GOV_PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', f'charset="{declared}"')
    expected = GOV_PAGE_TEXT
    if traditional:
        page, expected = _traditional(page), _traditional(GOV_PAGE_TEXT)
    document = read_document(write(tmp_path, "page.htm", page.encode(written)))
    assert document.encoding == reported
    assert document.text == expected


def test_html_without_a_named_content_element(tmp_path: Path) -> None:
    page = (
        "<html><body><div><a href='/'>首页</a> <a href='/x'>政务公开</a></div>"
        "<div><div><p>第一段：确保增长7%。</p><p>第二段：力争7.5%。</p></div>"
        "<ul><li><a href='/1'>链接一</a></li><li><a href='/2'>链接二</a></li></ul></div>"
        "</body></html>"
    )
    document = read_bytes_document(page.encode(), name="page.html")
    assert document.text == "第一段：确保增长7%。\n第二段：力争7.5%。"


def test_html_article_element_is_preferred() -> None:
    page = (
        "<html><head><title>标题_网站</title></head><body><div class='sidebar'>侧栏文字很多很多很多</div>"
        "<article><h1>标题</h1><p>正文第一段很长很长很长很长。</p><p>正文第二段。</p></article></body></html>"
    )
    document = read_bytes_document(page.encode(), name="page.html")
    assert document.text == "标题\n正文第一段很长很长很长很长。\n正文第二段。"


def test_html_deep_nesting_does_not_exhaust_recursion() -> None:
    page = "<html><body>" + "<div>" * 3000 + "深处的正文" + "</div>" * 3000 + "</body></html>"
    assert read_bytes_document(page.encode(), name="deep.html").text == "深处的正文"


# --- bytes from standard input or an upload ------------------------------------------------------


def docx_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "x.docx"
    make_docx(path)
    return path.read_bytes()


SNIFFED = [
    pytest.param(lambda tmp: TEXT_PDF.read_bytes(), "pdf", id="pdf"),
    pytest.param(docx_bytes, "docx", id="docx"),
    pytest.param(lambda tmp: GOV_PAGE.read_bytes(), "html", id="html"),
    pytest.param(lambda tmp: PLAN.encode("gb18030"), "txt", id="text"),
]


@pytest.mark.parametrize("name", ["<stdin>", "upload", "-"])
@pytest.mark.parametrize(("make", "fmt"), SNIFFED)
def test_bytes_are_sniffed_without_a_suffix(tmp_path: Path, make: Callable[[Path], bytes], fmt: str, name: str) -> None:
    document = read_bytes_document(make(tmp_path), name=name)
    assert (document.format, document.source, document.mtime) == (fmt, name, None)


def test_bytes_with_a_suffix_use_it() -> None:
    document = read_bytes_document(PLAN.encode(), name="upload.txt")
    assert document == Document(PLAN, "upload.txt", "txt", "utf-8", None)


# --- bad input: one clear error naming the file --------------------------------------------------


def _zip_without_word(tmp_path: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return buffer.getvalue()


BAD_FILES = [
    # (file name, its bytes (or a token for bytes built in the test), error class, words in the message)
    pytest.param("empty.txt", b"", ReadError, "文件为空", id="empty"),
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ReadError, "二进制文件", id="binary"),
    pytest.param("plan.doc", b"\xd0\xcf\x11\xe0", UnsupportedFormatError, "另存为 .docx", id="doc"),
    pytest.param("plan.wps", b"\xd0\xcf\x11\xe0", UnsupportedFormatError, "另存为 .docx", id="wps"),
    pytest.param("plan.xyz", b"text", UnsupportedFormatError, "不支持的文件类型", id="suffix"),
    pytest.param("plan.docx", b"PK\x03\x04garbage", ReadError, "损坏", id="corrupt-docx"),
    pytest.param("plan.docx", b"plain text", ReadError, "损坏", id="docx-not-zip"),
    pytest.param("plan.docx", OLE2 + b"\x00" * 50, UnsupportedFormatError, "旧版 Word .doc", id="doc-as-docx"),
    pytest.param("plan.docx", "zip-without-word", ReadError, "损坏", id="zip-not-docx"),
    pytest.param("plan.pdf", b"%PDF-1.4\n garbage", ReadError, "PDF", id="corrupt-pdf"),
    pytest.param("plan.pdf", b"not a pdf at all", ReadError, "PDF", id="pdf-not-pdf"),
    pytest.param("page.html", b"<html><script>x()</script></html>", ReadError, "没有正文", id="html-no-text"),
]


@pytest.mark.parametrize(("name", "content", "error", "words"), BAD_FILES)
def test_bad_file(tmp_path: Path, name: str, content: bytes | str, error: type[Exception], words: str) -> None:
    data = _zip_without_word(tmp_path) if content == "zip-without-word" else content
    assert isinstance(data, bytes)
    path = write(tmp_path, name, data)
    with pytest.raises(error) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    # the same for bytes
    with pytest.raises(error) as caught:
        read_bytes_document(data, name=name)
    assert name in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"nowhere\.txt：文件不存在"):
        read_document(tmp_path / "nowhere.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="是文件夹"):
        read_document(tmp_path)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"x" * 101)
    with pytest.raises(ReadError, match=r"big\.txt：文件过大"):
        read_document(path, max_bytes=100)
    with pytest.raises(ReadError, match=r"big\.txt：文件过大"):
        read_bytes_document(b"x" * 101, name="big.txt", max_bytes=100)
    assert read_document(path, max_bytes=101).text == "x" * 101


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", b"text")
    # Tests may run as root, who can read a mode-000 file: simulate the refusal instead.
    original_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return original_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(ReadError, match=r"secret\.txt：没有读取权限"):
        read_document(path)


def test_unsupported_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.doc", b"x")
    with pytest.raises(UnsupportedFormatError, match=r"另存为 \.docx"):
        read_document(path)


def test_sniffed_zip_and_old_office_bytes() -> None:
    with pytest.raises(UnsupportedFormatError, match="zip 压缩包"):
        read_bytes_document(_zip_without_word(Path()), name="<stdin>")
    with pytest.raises(UnsupportedFormatError, match=r"另存为 \.docx"):
        read_bytes_document(OLE2 + b"\x00" * 64, name="<stdin>")


# --- arbitrary bytes ----------------------------------------------------------------------------

PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"])
NAMES = st.sampled_from(["<stdin>", "x.txt", "x.html", "x.pdf", "x.docx"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=PREFIXES, body=st.binary(max_size=1024), name=NAMES)
def test_arbitrary_bytes_give_a_document_or_a_taizhang_error(prefix: bytes, body: bytes, name: str) -> None:
    try:
        document = read_bytes_document(prefix + body, name=name)
    except TaizhangError:
        return
    assert isinstance(document, Document)
    assert isinstance(document.text, str)


# --- a 50 MB file ---------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_50_mb_text_file(tmp_path: Path, codec: str) -> None:
    paragraph = "确保登记失业率控制在3%以内，力争地区生产总值增长7.5%，引进亿元以上项目30个以上。\n"
    size = len(paragraph.encode(codec))
    text = paragraph * (50 * 1000 * 1000 // size + 1)
    path = write(tmp_path, "big.txt", text.encode(codec))
    document = read_document(path)
    assert document.encoding == codec
    assert len(document.text) == len(text)
    assert document.text == text


def test_html_walk_down_stops_before_leaving_much_text_behind() -> None:
    # Each nested <div> holds 40 characters of its own and the rest of the page: no element is the
    # content, and walking down must not throw away the outer levels' text.
    level = "各级各部门要狠抓落实确保完成全年目标任务" * 2
    page = "<html><body>" + f"<div>{level}" * 100 + "</div>" * 100 + "</body></html>"
    text = read_bytes_document(page.encode(), name="nested.html").text
    assert len(text.replace("\n", "")) >= 0.85 * 100 * len(level)


def test_text_package_exports_lazily() -> None:
    import taizhang.text as text

    assert text.read_document is read_document
    with pytest.raises(AttributeError):
        _ = text.no_such_name


def test_read_document_accepts_a_str_path_as_well_as_a_path(tmp_path: Path) -> None:
    """Issue 12: read_document("x.txt") failed with AttributeError on a str."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert read_document(str(path)).text == read_document(path).text == PLAN
    with pytest.raises(ReadError, match=r"E101.*文件不存在"):
        read_document(str(tmp_path / "missing.txt"))
