"""`taizhang extract` end to end: bad input, every output format, stdin, encodings, .docx, 50 MB.

Most cases run the Typer app in-process through ``CliRunner``; two run the installed console
script in a real subprocess, so the entry point and the exit code a shell sees are covered too.
A bad input is always one line ``[Exxx] <file>: <reason>`` on stderr and exit code 2; the other
files of the same run are still extracted and printed.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys
import time
from decimal import Decimal
from importlib import resources
from pathlib import Path

import docx
import opencc
import pytest
from typer.testing import CliRunner, Result

from taizhang.cli import app
from taizhang.text.readers import read_document

EXAMPLE_TEXT = (
    resources.files("taizhang.data").joinpath("examples/jiangmen-2023-county-plans.txt").read_text(encoding="utf-8")
)
DATE = "2023-01-20"

# The fields TARGETS.md fixes: none may be renamed or change meaning.
TARGET_FIELDS = (
    "start",
    "end",
    "text",
    "region",
    "region_code",
    "subject",
    "indicator",
    "qualifier",
    "measure",
    "comparator",
    "value",
    "unit",
    "direction",
    "value_text",
    "strength",
    "year",
)
ERROR_LINE = re.compile(r"^\[E\d{3}\] .+$")


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(app, ["extract", *args], input=input, catch_exceptions=False)


def records(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("[E")]


def without_source(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in row.items() if k != "source"} for row in rows]


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "jiangmen.txt"
    path.write_text(EXAMPLE_TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def example_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    path = tmp_path_factory.mktemp("example") / "jiangmen.txt"
    path.write_text(EXAMPLE_TEXT, encoding="utf-8")
    result = run(str(path), "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = records(result)
    assert len(rows) >= 30
    return rows


# --- bad input ------------------------------------------------------------------------------------


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "missing.txt"


def _directory(tmp_path: Path) -> Path:
    path = tmp_path / "folder.txt"
    path.mkdir()
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return path


def _not_utf8(tmp_path: Path) -> Path:
    path = tmp_path / "gbk.txt"
    path.write_bytes("推动工业投资突破百亿元。".encode("gb18030"))
    return path


BAD_FILES = [
    pytest.param(_missing, [], "文件不存在", id="missing"),
    pytest.param(_directory, [], "是文件夹", id="directory"),
    pytest.param(_empty, [], "文件为空", id="empty"),
    pytest.param(_binary, [], "二进制文件", id="binary"),
    pytest.param(_not_utf8, ["--encoding", "utf-8"], "第 0 字节处不是有效的 utf-8", id="undecodable-utf-8"),
]


@pytest.mark.parametrize(("make", "options", "reason"), BAD_FILES)
def test_bad_file_is_one_line_naming_it_and_exit_2(make, options: list[str], reason: str, tmp_path: Path) -> None:
    path = make(tmp_path)
    result = run(str(path), *options, "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [result.stderr.strip()], "one line on stderr"
    line = result.stderr.strip()
    assert ERROR_LINE.match(line), line
    assert str(path) in line
    assert reason in line


@pytest.mark.parametrize("given", ["2023-13-01", "2023-02-30", "20xx-01-20", "yesterday"])
def test_invalid_date_is_one_line_and_exit_2(given: str, example: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("确保登记失业率控制在3%以内。", encoding="utf-8")
    result = run(str(example), str(other), "--date", given, "--format", "jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"the date is one mistake, reported once: {lines}"
    assert ERROR_LINE.match(lines[0])
    assert "--date" in lines[0]
    assert f"「{given}」" in lines[0]


def test_one_bad_file_among_good_ones(example: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("确保登记失业率控制在3%以内。\n引进亿元以上项目30个以上。\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = run(str(example), str(missing), str(second), "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 2
    assert error_lines(result) == [f"[E101] {missing}：文件不存在"]
    rows = records(result)
    sources = {row["source"] for row in rows}
    assert sources == {str(example), str(second)}
    assert [row["value"] for row in rows if row["source"] == str(second)] == [3, 30]


def test_bad_file_in_table_format_still_prints_the_good_ones(example: Path, tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"), str(example), "--date", DATE)
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1
    assert re.search(r"^共 \d+ 条目标$", result.stdout, re.M)
    assert "百亿元" in result.stdout


@pytest.mark.parametrize("output", ["jsonl", "table"])
def test_a_digit_run_longer_than_python_prints_is_no_crash(output: str, tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("突破" + "9" * 4301 + "元。\n确保登记失业率控制在3%以内。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--date", DATE, "--format", output])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 2)
    assert "3%" in result.stdout


# --- output formats -------------------------------------------------------------------------------


def _significant_digits(text: str) -> str:
    """The digits of a number without its decimal point and leading or trailing zeros."""
    return re.sub(r"\D", "", text).strip("0")


def test_jsonl_has_every_field_and_spans_point_at_the_value(
    example_records: list[dict[str, object]],
) -> None:
    for row in example_records:
        missing = [f for f in TARGET_FIELDS if f not in row]
        assert not missing, f"{row['value_text']}: no {missing}"
        start, end = row["start"], row["end"]
        assert isinstance(start, int) and isinstance(end, int)
        span = EXAMPLE_TEXT[start:end]
        assert str(row["value_text"]) in span
        written = re.findall(r"\d[\d,]*(?:\.\d+)?", span)
        if written:
            # 4.2万人 → 42000, 1,200亿元 → 120000000000: the digits written are the value's digits.
            value = format(Decimal(str(row["value"])), "f")
            assert _significant_digits(value) in {_significant_digits(number) for number in written}, row


def test_jsonl_values_are_of_the_documented_kinds(example_records: list[dict[str, object]]) -> None:
    for row in example_records:
        assert row["measure"] in ("level", "growth", "count", "share", "rank")
        assert row["comparator"] in (">=", "<=", "~", "=")
        assert row["strength"] in ("ensure", "strive", "plan")
        assert row["direction"] in (None, "increase", "decrease")
        assert isinstance(row["value"], int | float) and row["value"] >= 0
        assert row["region_code"] is None or re.fullmatch(r"\d{6}", str(row["region_code"]))
        assert row["year"] is None or isinstance(row["year"], int)


def test_json_is_a_list_of_the_same_records(example: Path, example_records: list[dict[str, object]]) -> None:
    result = run(str(example), "--date", DATE, "--format", "json")
    assert result.exit_code == 0
    parsed = json.loads(result.stdout)
    assert isinstance(parsed, list)
    assert parsed == example_records


def test_csv_has_a_header_and_a_row_per_record(example: Path, example_records: list[dict[str, object]]) -> None:
    result = run(str(example), "--date", DATE, "--format", "csv")
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert set(TARGET_FIELDS) <= set(header)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(example_records)
    assert [int(r["start"]) for r in rows] == [r["start"] for r in example_records]
    assert [r["value_text"] for r in rows] == [r["value_text"] for r in example_records]


def test_csv_without_targets_still_has_its_header(tmp_path: Path) -> None:
    path = tmp_path / "nothing.txt"
    path.write_text("去年完成工业投资87亿元。\n", encoding="utf-8")
    result = run(str(path), "--date", DATE, "--format", "csv")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert set(TARGET_FIELDS) <= set(lines[0].split(","))


def test_table_prints_a_count(example: Path, example_records: list[dict[str, object]]) -> None:
    result = run(str(example), "--date", DATE)
    assert result.exit_code == 0
    assert f"共 {len(example_records)} 条目标" in result.stdout.splitlines()[-1]


# --- standard input, dates --------------------------------------------------------------------------


def test_stdin(example_records: list[dict[str, object]]) -> None:
    result = run("-", "--date", DATE, "--format", "jsonl", input=EXAMPLE_TEXT.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert records(result) == example_records


def test_empty_stdin_is_an_error() -> None:
    result = run("-", "--format", "jsonl", input=b"")
    assert result.exit_code == 2
    assert result.stderr.strip() == "[E101] <stdin>：文件为空"


def test_without_date_the_file_date_is_used_and_said(example: Path) -> None:
    noon = datetime.datetime(2023, 1, 20, 12, 0).timestamp()
    os.utime(example, (noon, noon))
    result = run(str(example), "--format", "jsonl")
    assert result.exit_code == 0
    assert f"{example}：年份为推测：文中没有日期，按文件修改日期 2023-01-20" in result.stderr
    assert 2023 in {row["year"] for row in records(result)}


def test_without_date_a_date_in_the_text_is_used_and_said(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(
        "某某区2024年重点工作安排\n发布时间：2024-02-01\n确保今年地区生产总值增长6%以上。\n", encoding="utf-8"
    )
    result = run(str(path), "--format", "jsonl")
    assert result.exit_code == 0
    assert "使用文中的日期 2024-02-01" in result.stderr
    assert [row["year"] for row in records(result)] == [2024]


def test_without_date_on_stdin_says_none_was_found() -> None:
    result = run("-", "--format", "jsonl", input="确保今年地区生产总值增长6%以上。".encode())
    assert result.exit_code == 0
    assert "<stdin>：年份未知" in result.stderr
    assert [row["year"] for row in records(result)] == [None]


# --- encodings: offsets index the decoded text --------------------------------------------------------


@pytest.mark.parametrize("encoding", ["auto", "gb18030"])
def test_gb18030_file_gives_the_records_of_its_utf8_original(
    encoding: str, tmp_path: Path, example_records: list[dict[str, object]]
) -> None:
    path = tmp_path / "jiangmen-gb18030.txt"
    path.write_bytes(EXAMPLE_TEXT.encode("gb18030"))
    result = run(str(path), "--encoding", encoding, "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert records(result) == example_records


@pytest.fixture(scope="module")
def traditional() -> str:
    """The example in Taiwan Traditional characters: every one of them is in Big5 (s2t's 爲 and 羣 are not)."""
    text: str = opencc.OpenCC("s2tw").convert(EXAMPLE_TEXT)
    assert len(text) == len(EXAMPLE_TEXT)
    return text


@pytest.mark.parametrize("encoding", ["auto", "big5"])
def test_big5_file_gives_the_records_of_its_utf8_original(encoding: str, tmp_path: Path, traditional: str) -> None:
    utf8 = tmp_path / "jiangmen-utf8.txt"
    utf8.write_text(traditional, encoding="utf-8")
    big5 = tmp_path / "jiangmen-big5.txt"
    big5.write_bytes(traditional.encode("big5"))
    result = run(str(utf8), str(big5), "--encoding", encoding, "--date", DATE, "--format", "jsonl")
    if encoding != "auto":
        # An explicit Big5 cannot read the UTF-8 copy: that file fails, the Big5 one is still read.
        assert result.exit_code == 2
        assert len(error_lines(result)) == 1 and str(utf8) in result.stderr
        reference = run(str(utf8), "--date", DATE, "--format", "jsonl")
        expected = records(reference)
    else:
        assert result.exit_code == 0, result.stderr
        expected = without_source([r for r in records(result) if r["source"] == str(utf8)])
    got = without_source([r for r in records(result) if r["source"] == str(big5)])
    assert got == expected
    assert len(got) >= 30
    for row in got:
        assert str(row["value_text"]) in traditional[int(row["start"]) : int(row["end"])]  # type: ignore[call-overload]


# --- .docx ----------------------------------------------------------------------------------------------


def test_docx_end_to_end(tmp_path: Path) -> None:
    paragraphs = [p for p in EXAMPLE_TEXT.split("\n") if p.strip()][:12]
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "2023年目标"
    table.cell(1, 0).text = "城镇登记失业率"
    table.cell(1, 1).text = "控制在3%以内"
    path = tmp_path / "plans.docx"
    document.save(str(path))

    result = run(str(path), "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = records(result)
    text = read_document(path).text
    assert {"百亿元", "3%"} <= {str(row["value_text"]) for row in rows}
    for row in rows:
        assert str(row["value_text"]) in text[int(row["start"]) : int(row["end"])]  # type: ignore[call-overload]

    # The same paragraphs as plain text, a line each, give the same records.
    plain = tmp_path / "plans.txt"
    plain.write_text(text, encoding="utf-8")
    assert records(run(str(plain), "--date", DATE, "--format", "jsonl")) == rows


# --- a real process -------------------------------------------------------------------------------------

CONSOLE_SCRIPT = Path(sys.executable).parent / "taizhang"


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed in this environment")
def test_console_script_reports_a_bad_file_and_extracts_the_rest(example: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [str(CONSOLE_SCRIPT), "extract", str(missing), str(example), "--date", DATE, "--format", "jsonl"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [f"[E101] {missing}：文件不存在"]
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert rows and {row["source"] for row in rows} == {str(example)}


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed in this environment")
def test_console_script_reads_gb18030_from_a_pipe(example_records: list[dict[str, object]]) -> None:
    done = subprocess.run(
        [str(CONSOLE_SCRIPT), "extract", "-", "--date", DATE, "--format", "jsonl"],
        input=EXAMPLE_TEXT.encode("gb18030"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()] == example_records


# --- a 50 MB file ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_50_mb_file_extracts_every_copy(tmp_path: Path) -> None:
    # One paragraph of the example with one target (推动工业投资突破百亿元), repeated to 50 MB.
    paragraph = next(p for p in EXAMPLE_TEXT.split("\n") if "突破百亿元" in p) + "\n"
    copies = 50 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1
    path = tmp_path / "big.txt"
    path.write_bytes(paragraph.encode("utf-8") * copies)
    assert path.stat().st_size >= 50 * 1024 * 1024

    one = records(run("-", "--region", "江门市", "--date", DATE, "--format", "jsonl", input=paragraph.encode()))
    assert len(one) == 1

    started = time.perf_counter()
    result = run(str(path), "--region", "江门市", "--date", DATE, "--format", "jsonl")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == copies
    for k in (0, 1, copies // 2, copies - 1):
        row = json.loads(lines[k])
        shift = k * len(paragraph)
        assert {**row, "start": row["start"] - shift, "end": row["end"] - shift} == one[0]
    assert elapsed < 120, f"50 MB took {elapsed:.0f} s"


def test_kind_selects_targets_actuals_or_both(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("2023年，全县完成固定资产投资120亿元。\n2024年，固定资产投资力争增长8%。\n", encoding="utf-8")
    base = ["extract", str(doc), "--region", "台山市", "--date", "2024-01-10", "--format", "jsonl"]
    runner = CliRunner()
    default = [json.loads(line) for line in runner.invoke(app, base).stdout.splitlines()]
    assert [r["value_text"] for r in default] == ["8%"] and "kind" not in default[0]
    actuals = [json.loads(line) for line in runner.invoke(app, [*base, "--kind", "actuals"]).stdout.splitlines()]
    assert [(r["kind"], r["value_text"], r["period_end"]) for r in actuals] == [("actual", "120亿元", "2023-12-31")]
    both = [json.loads(line) for line in runner.invoke(app, [*base, "--kind", "all"]).stdout.splitlines()]
    assert [(r["kind"], r["value_text"]) for r in both] == [("actual", "120亿元"), ("target", "8%")]


def test_csv_output_escapes_text_that_starts_like_a_formula(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text("2024年，力争“=HYPERLINK(1)”工业投资增长8%。\n", encoding="utf-8")
    args = ["extract", str(doc), "--region", "台山市", "--date", "2024-01-10", "--format", "csv"]
    result = CliRunner().invoke(app, args)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, result.output
    assert rows[0]["indicator"].startswith("'=")
    assert not any(str(v).startswith(("=", "+", "@")) for row in rows for k, v in row.items() if k != "comparator")


def test_an_unknown_region_is_an_error_not_an_empty_code(example: Path) -> None:
    """Issue 12: --region 火星市 was accepted and gave targets an empty region code."""
    result = run(str(example), "--region", "火星市", "--format", "jsonl")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("[E202] --region：“火星市”不是已知的地区")


@pytest.mark.parametrize("output", ["table", "jsonl", "csv", "json"])
def test_a_missing_file_alone_prints_no_empty_result(tmp_path: Path, output: str) -> None:
    """Issue 12: a missing file printed an empty table and "0 targets"; now the error alone, exit 2."""
    result = run(str(tmp_path / "missing.txt"), "--format", output)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("[E101]")


# --- --explain speaks the user's language (issue 12) ---------------------------------------------------


def _reasons_of(function: str) -> set[str]:
    """Every reason ``function`` of extract/context.py can return: its string constants, and those of
    the module's functions whose result it returns (rank_reason = _not_a_rank_target(…); return rank_reason)."""
    import ast

    import taizhang.extract.context as context

    tree = ast.parse(Path(context.__file__).read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    found: set[str] = set()
    body = functions[function]
    calls = {
        target.id: node.value.func.id
        for node in ast.walk(body)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(body):
        returned = node.value if isinstance(node, ast.Return) else None
        if isinstance(returned, ast.Constant) and isinstance(returned.value, str):
            found.add(returned.value)
        elif isinstance(returned, ast.Name) and calls.get(returned.id) in functions:
            found |= _reasons_of(calls[returned.id])
    return found


def test_every_reason_the_extractor_gives_has_a_catalogue_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    from taizhang.cli import explain_reason, reason_key

    monkeypatch.delenv("TAIZHANG_LANG", raising=False)
    reasons = _reasons_of("why_not_target")
    assert len(reasons) > 30 and "rank already held" in reasons and "past result (review section)" in reasons
    assert not [r for r in reasons if reason_key(r) is None]
    english = [r for r in reasons if re.search(r"[A-Za-z]{2,}", explain_reason(r))]
    assert not english, "each reason reads in Chinese, its example kept"
    # the longest beginning wins: the review section's past result is not the bare one
    assert reason_key("past result (review section)") != reason_key("past result")


def test_an_explained_reason_keeps_its_example_and_an_unknown_one_is_shown_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from taizhang.cli import explain_reason

    monkeypatch.delenv("TAIZHANG_LANG", raising=False)
    meeting = "names a meeting (省委十一届四次全会), not a target"
    assert explain_reason(meeting) == "会议的名称，不是目标（如：省委十一届四次全会）"
    assert explain_reason("a reason nobody wrote yet") == "a reason nobody wrote yet"
    monkeypatch.setenv("TAIZHANG_LANG", "en")
    assert explain_reason(meeting) == "names a meeting, not a target (e.g. 省委十一届四次全会)"


def test_explain_prints_each_reason_in_the_users_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("2022年，全市地区生产总值增长5%。2023年力争增长6%左右，滞后序时进度3.8个百分点。", encoding="utf-8")
    args = ["extract", str(doc), "--date", "2023-01-10", "--explain"]
    monkeypatch.delenv("TAIZHANG_LANG", raising=False)
    chinese = CliRunner().invoke(app, args).stderr
    assert "5% 未取为目标：已取得的成绩" in chinese
    assert "3.8个百分点 未取为目标：与进度或目标的差距" in chinese
    monkeypatch.setenv("TAIZHANG_LANG", "en")
    english = CliRunner().invoke(app, args).stderr
    assert "5% not taken: past result" in english and "3.8个百分点 not taken: gap to a schedule or target" in english
