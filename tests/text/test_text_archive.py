"""Archive limits (issue 13): a zip bomb .docx is refused before python-docx parses it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from tests.bombs import docx_bomb

from taizhang.errors import ArchiveLimitError, ReadError
from taizhang.text.archive import DOCX_LIMITS, MAX_DOCX_ELEMENTS, ArchiveLimits, check_archive
from taizhang.text.readers import read_bytes_document, read_document


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _small_docx() -> bytes:
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("确保地区生产总值增长6%以上。")
    document.save(out)
    return out.getvalue()


def test_three_million_empty_paragraphs_are_refused_by_the_reader(tmp_path: Path) -> None:
    bomb = docx_bomb(3_000_000)
    assert len(bomb) < 1_000_000  # small on disk: the point of a bomb
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(ArchiveLimitError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"[E105] {path}：") and f"{MAX_DOCX_ELEMENTS:,}" in message
    with pytest.raises(ArchiveLimitError):
        read_bytes_document(bomb, name="bomb.docx")


def test_a_docx_just_under_the_element_limit_is_read() -> None:
    # python-docx's blank document holds about 2,000 elements besides the body.
    text = read_bytes_document(docx_bomb(MAX_DOCX_ELEMENTS // 2), name="long.docx").text
    assert text.count("\n") == MAX_DOCX_ELEMENTS // 2 - 1


def test_a_real_docx_passes() -> None:
    check_archive(_small_docx(), source="plan.docx", limits=DOCX_LIMITS)


TINY = ArchiveLimits(".docx", members=3, decompressed_bytes=1000, elements=10)


@pytest.mark.parametrize(
    ("members", "words"),
    [
        pytest.param({f"m{i}.xml": b"<a/>" for i in range(4)}, "4 个文件", id="members"),
        pytest.param({"a.bin": b"x" * 600, "b.bin": b"y" * 600}, "解压后超过", id="bytes-over-members"),
        pytest.param({"a.xml": b"<r>" + b"<p/>" * 10 + b"</r>"}, "XML 元素超过 10 个", id="elements"),
        pytest.param({"a.xml": b'<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'}, "DTD", id="dtd"),
    ],
)
def test_each_limit(members: dict[str, bytes], words: str) -> None:
    with pytest.raises(ArchiveLimitError) as caught:
        check_archive(_zip(members), source="x.docx", limits=TINY)
    assert words in caught.value.message and caught.value.message.startswith("x.docx：")


def test_closing_tags_and_declarations_are_not_elements() -> None:
    xml = b'<?xml version="1.0"?><!-- c --><r>' + b"<p>t</p>" * 9 + b"</r>"  # 10 elements
    check_archive(_zip({"a.xml": xml}), source="x.docx", limits=TINY)


def test_a_mark_split_between_chunks_is_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import taizhang.text.archive as archive

    monkeypatch.setattr(archive, "_CHUNK", 3)  # "</p>" straddles chunk seams
    xml = b"<r>" + b"<p></p>" * 9 + b"</r>"  # 10 elements
    check_archive(_zip({"a.xml": xml}), source="x.docx", limits=TINY)
    with pytest.raises(ArchiveLimitError):
        check_archive(_zip({"a.xml": xml + b"<q/>"}), source="x.docx", limits=TINY)


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage", b"not a zip"], ids=["truncated", "not-zip"])
def test_not_a_zip(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        check_archive(data, source="x.xlsx", limits=TINY)
    assert not isinstance(caught.value, ArchiveLimitError)
    assert caught.value.message.startswith("x.xlsx：")
