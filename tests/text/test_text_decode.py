"""decode_bytes: encodings guessed right, explicit encodings strict, binary refused, never a stray error."""

from __future__ import annotations

import codecs
import importlib.util
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taizhang.errors import DecodeError, InputError, MixedEncodingError, ReadError, TaizhangError
from taizhang.text.decode import Decoded, decode_bytes, plausibility

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "text"
EVAL = ROOT / "tests" / "data" / "eval"  # the copies of the evaluation documents
UTF8_EVAL_DOCS = ["jiangmen-2023", "jiangmen-2023-city-report", "jiangmen-2023-q3-supervision"]
BIG5_FAMILY = {"big5", "cp950", "big5hkscs"}


def eval_text(name: str) -> str:
    return (EVAL / name / "doc.txt").read_text(encoding="utf-8")


# --- the evaluation documents -------------------------------------------------------------------


def test_big5_eval_document_decodes_as_big5() -> None:
    data = (EVAL / "xinhui-2023-big5" / "doc.txt").read_bytes()
    decoded = decode_bytes(data, source="doc.txt")
    assert decoded.encoding in BIG5_FAMILY
    assert decoded.text == data.decode("big5")
    assert decoded.text.startswith("新會")


# (encoding to write with, encoding decode_bytes should report)
REENCODINGS = [
    pytest.param("utf-8", "utf-8", id="utf-8"),
    pytest.param("utf-8-sig", "utf-8-sig", id="utf-8-bom"),
    pytest.param("gb18030", "gb18030", id="gb18030"),
    pytest.param("gbk", "gb18030", id="gbk"),
    pytest.param("utf-16", "utf-16-le", id="utf-16-bom"),
    pytest.param("utf-16-le", "utf-16-le", id="utf-16-le-no-bom"),
    pytest.param("utf-16-be", "utf-16-be", id="utf-16-be-no-bom"),
    pytest.param("utf-32", "utf-32-le", id="utf-32-bom"),
]


@pytest.mark.parametrize("doc", UTF8_EVAL_DOCS)
@pytest.mark.parametrize(("written", "reported"), REENCODINGS)
def test_eval_documents_reencoded(doc: str, written: str, reported: str) -> None:
    text = eval_text(doc)
    decoded = decode_bytes(text.encode(written))
    assert decoded == Decoded(text, reported)


def _eval_clauses() -> list[Any]:
    """Every clause of the UTF-8 eval documents (split at ，。；and newlines): short GB texts."""
    params = []
    for doc in UTF8_EVAL_DOCS:
        text = eval_text(doc)
        for sep in "，。；：\n":
            text = text.replace(sep, "\x00")
        clauses = [clause.strip() for clause in text.split("\x00") if clause.strip()]
        params += [pytest.param(clause, id=f"{doc}-{n}") for n, clause in enumerate(clauses)]
    return params


@pytest.mark.parametrize("clause", _eval_clauses())
def test_every_eval_clause_alone_in_gb18030(clause: str) -> None:
    assert decode_bytes(clause.encode("gb18030")).text == clause


# --- short sentences: the hardest case, few bytes to judge by -----------------------------------

SHORT_SIMPLIFIED = [
    pytest.param("确保增长7%", id="ensure-growth"),
    pytest.param("确保登记失业率控制在3%以内。", id="unemployment"),
    pytest.param("推动工业投资突破百亿元", id="industrial-investment"),
    pytest.param("引进亿元以上项目30个以上", id="projects"),
    pytest.param("今年", id="two-chars"),
    pytest.param("中", id="one-char"),
    pytest.param("江门市人民政府", id="government"),
    pytest.param("督查期间", id="supervision"),
    pytest.param("亮黄灯", id="yellow-light"),
    pytest.param("2023年第16期", id="issue-number"),
    pytest.param("１－９月", id="full-width"),
]
SHORT_TRADITIONAL = [
    pytest.param("新會區", id="xinhui"),
    pytest.param("今年工業投資不少於320億元", id="investment"),
    pytest.param("力爭今年地區生產總值增長７％以上", id="growth"),
    pytest.param("1-9月", id="months"),
    pytest.param("範區", id="two-chars"),
    pytest.param("城鎮登記失業率控制在3%以內", id="unemployment"),
]


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
@pytest.mark.parametrize("sentence", SHORT_SIMPLIFIED)
def test_short_simplified_sentence(sentence: str, codec: str) -> None:
    assert decode_bytes(sentence.encode(codec)) == Decoded(sentence, "gb18030")


@pytest.mark.parametrize("sentence", SHORT_TRADITIONAL)
def test_short_traditional_sentence_in_big5(sentence: str) -> None:
    decoded = decode_bytes(sentence.encode("big5"))
    assert decoded.text == sentence
    assert decoded.encoding in BIG5_FAMILY


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"GDP 7%\r\n") == Decoded("GDP 7%\r\n", "utf-8")


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"").text == ""


def test_neither_utf8_gb_nor_big5_falls_back_to_charset_normalizer() -> None:
    data = "Le café de la crème brûlée, naïve résumé à Noël. ".encode("cp1252") * 4
    decoded = decode_bytes(data)
    assert not decoded.encoding.startswith(("utf", "gb", "big5"))
    assert decoded.text.startswith("Le caf")


def test_plausibility_separates_right_and_wrong_decodes() -> None:
    text = "新會區今年工業投資不少於320億元，力爭地區生產總值增長７％以上。"
    data = text.encode("big5")
    assert plausibility(data.decode("big5")) > 0.9
    assert plausibility(data.decode("gb18030")) < 0.5
    assert plausibility("GDP") == 1.0


# --- explicit encodings are strict ---------------------------------------------------------------

STRICT_FAILURES = [
    # (bytes, encoding, byte offset named in the message)
    pytest.param("增长7%".encode("gbk"), "utf-8", 0, id="gbk-as-utf-8"),
    pytest.param(b"GDP " + "增长".encode("gbk"), "utf-8", 4, id="offset-after-ascii"),
    pytest.param("增长".encode() + b"\xff", "utf-8", 6, id="bad-trailing-byte"),
    pytest.param(b"abc\x80", "gb18030", 3, id="lone-0x80-in-gb18030"),
    pytest.param("7%确保".encode("gbk"), "big5", 2, id="gbk-as-big5"),
    pytest.param(codecs.BOM_UTF8 + b"ab\xff", "utf-8", 5, id="offset-counts-the-bom"),
]


@pytest.mark.parametrize(("data", "encoding", "offset"), STRICT_FAILURES)
def test_explicit_encoding_failure_names_source_encoding_and_offset(data: bytes, encoding: str, offset: int) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, encoding=encoding, source="plan.txt")
    message = str(caught.value)
    assert "plan.txt" in message
    assert codecs.lookup(encoding).name in message
    assert f"第 {offset} 字节" in message


def test_explicit_encoding_is_used_even_where_auto_would_differ() -> None:
    data = "增长".encode("gbk")
    assert decode_bytes(data, encoding="latin-1").text == data.decode("latin-1")
    assert decode_bytes(data, encoding="GBK") == Decoded("增长", "gbk")


def test_explicit_utf8_drops_the_bom() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "增长".encode(), encoding="utf-8").text == "增长"


@pytest.mark.parametrize("encoding", ["no-such-codec", "base64", "zlib", "rot13"])
def test_unknown_or_bytes_encoding_is_an_input_error(encoding: str) -> None:
    with pytest.raises(InputError, match=encoding):
        decode_bytes(b"abc", encoding=encoding, source="plan.txt")


def test_auto_failure_lists_what_was_tried() -> None:
    # Invalid in UTF-8, GB18030 and every Big5 codec, and charset-normalizer finds nothing either.
    data = b"\x81\x20" * 3
    try:
        decoded = decode_bytes(data, source="odd.txt")
    except DecodeError as error:
        assert "odd.txt" in str(error)
        assert "GB18030" in str(error)
    else:  # charset-normalizer may still name a single-byte code page
        assert decoded.text


# --- binary data --------------------------------------------------------------------------------

BINARY = [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", id="zip"),
    pytest.param(b"text with a \x00 NUL", id="one-nul"),
    pytest.param(bytes(range(1, 32)) * 4, id="control-bytes"),
    pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 9, id="elf"),
]


@pytest.mark.parametrize("data", BINARY)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(ReadError, match=r"blob\.bin：二进制文件"):
        decode_bytes(data, source="blob.bin")


def test_binary_refused_with_explicit_encoding_too() -> None:
    with pytest.raises(ReadError, match="二进制文件"):
        decode_bytes(b"\x00\x01\x02\x03", encoding="latin-1", source="blob.bin")


def test_utf16_with_bom_holding_nul_characters_is_binary() -> None:
    with pytest.raises(ReadError, match="二进制文件"):
        decode_bytes(codecs.BOM_UTF16_LE + "增长".encode("utf-16-le") + b"\x00\x00" * 8)


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_decode_or_raise_a_taizhang_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except TaizhangError:
        return
    assert isinstance(decoded.text, str)


# Any text a text file holds: no control characters but line breaks and tabs, no leading BOM.
TEXT_CHARS = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")
TEXT_CHARS |= st.sampled_from("\n\t\r")


@settings(max_examples=300, deadline=None)
@given(st.text(TEXT_CHARS, max_size=200))
def test_any_utf8_text_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text


# --- the character list is generated data, checked against a fresh build -------------------------


def test_common_hanzi_table_equals_a_fresh_build() -> None:
    if importlib.util.find_spec("jieba") is None:
        pytest.skip("jieba (test extra) is needed to rebuild the table")
    spec = importlib.util.spec_from_file_location("build_common_hanzi", DATA / "build_common_hanzi.py")
    assert spec is not None and spec.loader is not None
    build_common_hanzi = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_common_hanzi)
    assert build_common_hanzi.OUTPUT.read_text(encoding="utf-8") == build_common_hanzi.build()


def test_long_ascii_head_does_not_hide_big5() -> None:
    # The plausibility sample starts at the first non-ASCII character, not at byte 0.
    text = "x = 1\n" * 50_000 + "新會區今年工業投資不少於320億元"
    decoded = decode_bytes(text.encode("big5"))
    assert decoded.text == text
    assert decoded.encoding in BIG5_FAMILY


# --- mixed encodings (issue 13) -------------------------------------------------------------------

HEADER = "region_code,indicator,period,value"
ROW_A = "440703,工业投资,2023-06,56亿元"
ROW_B = "440704,地区生产总值,2023-06,3.2%"
ROW_B_TRADITIONAL = "440704,地區生產總值,2023-06,3.2%"


@pytest.mark.parametrize(
    ("rows", "other_line", "utf8_line"),
    [
        pytest.param([(HEADER, "ascii"), (ROW_A, "utf-8"), (ROW_B, "gbk")], 3, 2, id="utf8-then-gbk"),
        pytest.param([(HEADER, "ascii"), (ROW_A, "gbk"), (ROW_B, "utf-8")], 2, 3, id="gbk-then-utf8"),
        pytest.param([(HEADER, "ascii"), (ROW_A, "utf-8"), (ROW_B_TRADITIONAL, "big5")], 3, 2, id="utf8-then-big5"),
    ],
)
def test_lines_in_two_encodings_are_refused_naming_them(
    rows: list[tuple[str, str]], other_line: int, utf8_line: int
) -> None:
    data = b"\r\n".join(row.encode(codec) for row, codec in rows)
    with pytest.raises(MixedEncodingError) as caught:
        decode_bytes(data, source="actuals.csv")
    assert isinstance(caught.value, DecodeError) and caught.value.code == "E106"
    message = caught.value.message
    assert message.startswith("actuals.csv：")
    assert f"第 {other_line} 行不是 UTF-8" in message and f"第 {utf8_line} 行是 UTF-8" in message


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_no_line_of_a_whole_legacy_document_passes_for_utf8(codec: str) -> None:
    for doc in UTF8_EVAL_DOCS:
        text = eval_text(doc)
        data = text.encode(codec, errors="ignore")
        assert decode_bytes(data).text == data.decode(codec)
