"""Files that must neither break nor silently corrupt the ledger (issue 13): zip bombs, a lying
XLSX <dimension>, mixed encodings, binary CSV, a huge field, an .xlsx that is no zip.

Each is refused with its [E1xx] code through the library and the CLI (exit 2), nothing written;
the XLSX whose dimension tag lies is read whole.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.errors import ArchiveLimitError, MixedEncodingError, ReadError
from taizhang.ledger.models import Document, Progress, ProgressImport, Target
from taizhang.ledger.progress import import_progress
from taizhang.ledger.service import ingest_document
from tests.bombs import docx_bomb, xlsx_bomb, xlsx_with_dimension

from .helpers import extractor_of, target

HEADER = "region_code,indicator,period,value\n"
ROWS = [
    ["region_code", "indicator", "period", "value"],
    *(["440703", "工业投资", f"2023-0{m}", f"{m}0亿元"] for m in range(1, 6)),
]


def _bad_sheets() -> list[object]:
    mixed = (HEADER + "440703,工业投资,2023-06,56亿元\n").encode() + "440703,工业投资,2023-07,60亿元\n".encode("gbk")
    return [
        pytest.param("mixed.csv", mixed, MixedEncodingError, "第 3 行不是 UTF-8", id="mixed-utf8-gbk"),
        pytest.param("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, ReadError, "binary", id="binary-csv"),
        pytest.param(
            "huge.csv",
            (HEADER + "440703," + "x" * (128 * 1024 + 1) + ",2023-06,1\n").encode(),
            ReadError,
            "第 2 行有字段超过 131,072 个字符",
            id="huge-field",
        ),
        pytest.param("notzip.xlsx", b"region_code,indicator\n", ReadError, "不是 zip", id="xlsx-not-zip"),
        pytest.param(
            "old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ReadError, "不是 zip", id="xls-as-xlsx"
        ),
        pytest.param("bomb.xlsx", xlsx_bomb(12_000_000), ArchiveLimitError, "XML 元素超过", id="xlsx-bomb"),
    ]


BAD_SHEETS = _bad_sheets()


def count(ledger, model):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def cli(db_url):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, [*args, "--db", db_url])

    return invoke


@pytest.mark.parametrize(("name", "data", "error", "words"), BAD_SHEETS)
def test_bad_sheet_is_refused_by_the_library(ledger, tmp_path, name, data, error, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as caught, ledger.session(write=True) as s:
        import_progress(s, path, who="r")
    assert caught.value.message.startswith(name) and words in caught.value.message
    assert count(ledger, Progress) == 0 and count(ledger, ProgressImport) == 0


@pytest.mark.parametrize(("name", "data", "error", "words"), BAD_SHEETS)
def test_bad_sheet_is_refused_by_the_cli(ledger, cli, tmp_path, name, data, error, words):
    path = tmp_path / name
    path.write_bytes(data)
    r = cli("progress", "import", str(path))
    assert r.exit_code == 2, r.output
    assert r.stderr.startswith(f"[{error.code}] {name}") and "Traceback" not in r.output
    assert count(ledger, Progress) == 0 and count(ledger, ProgressImport) == 0


def test_xlsx_whose_dimension_tag_lies_is_read_whole(ledger, tmp_path):
    """Regression: openpyxl's read_only mode trusted <dimension ref="A1:B2"> and imported 1 of 5 rows."""
    path = tmp_path / "lying.xlsx"
    path.write_bytes(xlsx_with_dimension(ROWS, "A1:B2"))
    with ledger.session(write=True) as s:
        result = import_progress(s, path, who="r")
        values = s.scalars(select(Progress.value).order_by(Progress.period)).all()
    assert result.rows == 5
    assert [int(v) for v in values] == [m * 10**9 for m in range(1, 6)]


def test_docx_bomb_through_cli_ingest_writes_nothing(ledger, cli, tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb(3_000_000))
    r = cli("ingest", str(path))
    assert r.exit_code == 2 and "[E105]" in r.stderr and "1 个文件未导入" in r.stdout
    assert count(ledger, Document) == 0 and count(ledger, Target) == 0


def test_docx_bomb_through_cli_extract(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb(3_000_000))
    r = CliRunner().invoke(app, ["extract", str(path)])
    assert r.exit_code == 2 and r.stderr.startswith(f"[E105] {path}：")


def test_ingest_decodes_through_the_one_decoder(ledger):
    """A document given as bytes mixing UTF-8 and GBK lines is refused, not stored as GB18030 garbage."""
    mixed = "确保工业投资增长10%。\n".encode() + "力争引进项目30个。\n".encode("gbk")
    with pytest.raises(MixedEncodingError), ledger.session(write=True) as s:
        ingest_document(s, mixed, who="t", date=date(2023, 1, 1), extractor=extractor_of(target()))
    assert count(ledger, Document) == 0
