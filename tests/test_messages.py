"""The message catalogue (data/messages.tsv) is complete, and what people read is Chinese (issue 12).

- every key the code names is in the catalogue, with Chinese and English and the same placeholders,
  and raised with the error code the catalogue gives it; no key is left unused;
- no raise site in the code and no template holds an English sentence of its own;
- the CLI's tables have headers and line up with Chinese text; ``targets show`` reads as a record.
"""

from __future__ import annotations

import ast
import inspect
import re
import string
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import taizhang.errors
import taizhang.web.errors
from taizhang.cli_tables import Column, table_lines, target_record_lines, target_table
from taizhang.errors import TaizhangError
from taizhang.messages import M, catalogue, text, width

SRC = Path(taizhang.errors.__file__).parent
SOURCES = sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)
TEMPLATES = sorted((SRC / "web" / "templates").glob("*.html"))
# Keys the code builds from a family name and a code (M(f"web.action.{what}")): a key of one of these
# families counts as used when the code names the family so.
DYNAMIC = (
    "cli.col.",
    "web.action.",
    "user.what_",
    "http.",
    "pydantic.",
    "cli.direction.",
    "read.hint_",
    "notice.col.",
    "notice.period.",
    "analysis.title.",
    "analysis.detail.",
)
NAMING_CALLS = {"M", "Message", "text"}
_IMPORTS_TEXT = re.compile(r"from taizhang\.messages import [^\n]*\btext\b")


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in SOURCES:
        source = path.read_text(encoding="utf-8")
        names = NAMING_CALLS if _IMPORTS_TEXT.search(source) else NAMING_CALLS - {"text"}  # not sqlalchemy's text()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                found.append((path, node))
    return found


def _named_keys() -> dict[str, list[str]]:
    """Every key named as a literal first argument of M(), Message() or text(), with where."""
    keys: dict[str, list[str]] = {}
    for path, call in _calls():
        if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            keys.setdefault(call.args[0].value, []).append(f"{path.relative_to(SRC)}:{call.lineno}")
    return keys


def _all_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SOURCES)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_named_key_is_in_the_catalogue():
    missing = {key: where for key, where in _named_keys().items() if key not in catalogue()}
    assert not missing


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_entry_has_chinese_and_english_with_the_same_placeholders(key):
    entry = catalogue()[key]
    assert entry.zh.strip() and entry.en.strip()
    assert _placeholders(entry.zh) == _placeholders(entry.en)
    assert re.search(r"[\u4e00-\u9fff≥≤≈=：]", entry.zh), "the Chinese text has Chinese in it"
    assert entry.code == "" or re.fullmatch(r"E\d{3}", entry.code)


def test_every_built_key_is_of_a_family_in_the_catalogue():
    """M(f"web.action.{what}"): the family is listed and has entries (a vocabulary's words are no messages)."""
    wrong = []
    for path, call in _calls():
        key = call.args[0] if call.args else None
        head = key.values[0] if isinstance(key, ast.JoinedStr) else None
        if isinstance(head, ast.Constant):  # f"{prefix}{name}" is looked up in the catalogue first
            family = str(head.value)
            if family not in DYNAMIC or not any(k.startswith(family) for k in catalogue()):
                wrong.append(f"{path.relative_to(SRC)}:{call.lineno}")
    assert not wrong


def test_no_key_is_left_unused():
    named = set(_named_keys())
    source = _all_source()
    orphans = [
        key
        for key in catalogue()
        if key not in named
        and f'"{key}"' not in source  # a key kept in a table (readers' hints)
        and not any(key.startswith(family) and family_used(family, source) for family in DYNAMIC)
    ]
    assert not orphans


def family_used(family: str, source: str) -> bool:
    """The code builds keys of ``family``: f"label.{…}", label("state", …), "web.action." …"""
    if family == "read.hint_":
        return '"read.hint_' in source
    return f'f"{family}' in source or f'"{family}' in source


def _error_classes() -> dict[str, type[TaizhangError]]:
    classes = {}
    for module in (taizhang.errors, taizhang.web.errors):
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, TaizhangError):
                classes[name] = obj
    return classes


def test_a_raised_message_carries_the_code_of_its_error():
    """raise ReadError(M("read.missing", …)) is E101, and the catalogue says E101 for read.missing."""
    classes = _error_classes()
    wrong = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func, args = node.exc.func, node.exc.args
            cls = classes.get(func.id) if isinstance(func, ast.Name) else None
            if cls is None or not args or not isinstance(args[0], ast.Call):
                continue
            inner = args[0]
            if isinstance(inner.func, ast.Name) and inner.func.id in ("M", "Message") and inner.args:
                key = inner.args[0]
                if isinstance(key, ast.Constant) and catalogue()[key.value].code != cls.code:
                    wrong.append((f"{path.relative_to(SRC)}:{node.lineno}", key.value, cls.code))
    assert not wrong


# --- no English sentence of its own in code or templates -----------------------------------------------

_SENTENCE = re.compile(r"(?<![\w.-])[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}(?![\w-])")  # three English words in a row


def _literal_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def test_no_raise_site_holds_an_english_sentence():
    """Errors a person reads (TaizhangError, HTTPException) name a catalogue key, never a sentence."""
    classes = set(_error_classes()) | {"HTTPException", "PeriodError", "QuantityError"}
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            if isinstance(node.exc.func, ast.Name) and node.exc.func.id in classes:
                for arg in [*node.exc.args, *(k.value for k in node.exc.keywords)]:
                    if _SENTENCE.search(_literal_text(arg)):
                        found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not found


def _template_text(html: str) -> str:
    """What a template shows as text: tags, Jinja blocks, expressions, comments and commands removed."""
    html = re.sub(r"{#.*?#}|{%.*?%}|{{.*?}}", " ", html, flags=re.S)
    html = re.sub(r"<(script|style|code)\b.*?</\1>", " ", html, flags=re.S)  # code: commands, not sentences
    return re.sub(r"<[^>]*>", " ", html)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_templates_show_no_english_sentence(template):
    shown = _template_text(template.read_text(encoding="utf-8"))
    assert not _SENTENCE.findall(shown)


def test_the_template_scan_catches_an_english_sentence():
    assert _SENTENCE.findall(_template_text("<p>{{ x }} You may not do this.</p>"))
    assert not _SENTENCE.findall(_template_text("<p>无权操作 <code>[{{ code }}]</code> API 文档</p>"))


# --- the language switch ----------------------------------------------------------------------------------

LISTED = [
    # (the key, its values, the English the issue found, the Chinese now shown)
    pytest.param("amount.unit", {"unit": "个", "expected": "元"}, "the unit is '个', expected '元'",
                 "单位是“个”，应为“元”", id="amount-unit"),
    pytest.param("period.month_range", {"text": "2023-13"}, "month out of range in '2023-13'",
                 "「2023-13」中的月份超出范围", id="month"),
    pytest.param("progress.rejected", {"source": "a.csv", "count": 1}, "a.csv: 1 bad row(s); nothing was imported",
                 "a.csv：1 行有误，未导入任何行", id="import"),
    pytest.param("web.wrong_password", {}, "wrong user name or password", "用户名或密码错误", id="login"),
    pytest.param("web.report_region", {"name": "pengjiang", "regions": "440703", "code": "440705", "id": 18},
                 "pengjiang reports for 440703, not for region 440705 of target 18",
                 "pengjiang 负责填报的地区是 440703，不含目标 18 的地区 440705", id="report-region"),
]  # fmt: skip


@pytest.mark.parametrize(("key", "values", "english", "chinese"), LISTED)
def test_listed_messages_are_chinese_by_default_and_english_on_request(monkeypatch, key, values, english, chinese):
    monkeypatch.delenv("TAIZHANG_LANG", raising=False)
    message = M(key, **values)
    assert str(message) == chinese
    monkeypatch.setenv("TAIZHANG_LANG", "en")
    assert str(message) == english  # rendered when shown, so the same object follows the setting


def test_a_pure_layer_error_is_chinese_with_its_code_at_the_edge(monkeypatch):
    from taizhang.ledger.values import read_quantity

    monkeypatch.delenv("TAIZHANG_LANG", raising=False)
    with pytest.raises(TaizhangError) as info:
        read_quantity("八十亿元亿", "元", field="value")
    assert str(info.value).startswith("[E203] 字段「数值」（value）的值「八十亿元亿」无效")
    monkeypatch.setenv("TAIZHANG_LANG", "en")
    assert str(info.value).startswith("[E203] the value '八十亿元亿' of value is not valid")


# --- CLI help ------------------------------------------------------------------------------------------------


def _commands(command, path=()):
    """Every command of the CLI with its path (("targets", "list")), groups walked."""
    if hasattr(command, "commands"):  # a group (typer's own click has no shared Group class to test)
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))
    else:
        yield path, command


def test_every_command_describes_itself_from_the_catalogue():
    """``taizhang --help`` lists each command with its cli.cmd.<group>.<name> entry, not a docstring."""
    import typer.main

    from taizhang.cli import app

    commands = dict(_commands(typer.main.get_command(app)))
    assert ("reconcile",) in commands and ("observations", "list") in commands and ("extract",) in commands
    wrong = {
        " ".join(path): cmd.help for path, cmd in commands.items() if cmd.help != text("cli.cmd." + ".".join(path))
    }
    assert not wrong


def test_command_help_is_english_with_taizhang_lang_en():
    """Help is read when the CLI is loaded, so the setting is the one of the process that runs it."""
    import os
    import subprocess
    import sys

    def help_of(*args: str, lang: str) -> str:
        env = {**os.environ, "TAIZHANG_LANG": lang, "COLUMNS": "200"}
        run = subprocess.run([sys.executable, "-m", "taizhang.cli", *args, "--help"], env=env, capture_output=True)
        return run.stdout.decode("utf-8")

    english = catalogue()["cli.cmd.reconcile"].en
    assert english in help_of("reconcile", lang="en")
    assert catalogue()["cli.cmd.reconcile"].zh in help_of("reconcile", lang="zh") and english not in help_of(
        "reconcile", lang="zh"
    )


# --- CLI tables ----------------------------------------------------------------------------------------------


def _starts(line: str, cells: list[str]) -> list[int]:
    """The display column where each cell of ``line`` starts."""
    columns, position = [], 0
    for cell in cells:
        index = line.index(cell, position)
        columns.append(width(line[:index]))
        position = index + len(cell)
    return columns


def test_table_columns_line_up_by_display_width():
    rows = [("江门市", "工业投资", "≥千亿元"), ("Taishan", "R&D", "3%"), ("恩平市", "新增城镇就业人数", "=1200人")]
    lines = table_lines([Column("cli.col.region"), Column("cli.col.indicator"), Column("cli.col.target")], rows)
    assert lines[0].split() == ["地区", "指标", "目标"] and set(lines[1].replace(" ", "")) == {"─"}
    starts = {tuple(_starts(line, list(row))) for line, row in zip(lines[2:], rows, strict=True)}
    assert len(starts) == 1, "every row's cells start at the same display columns"
    assert _starts(lines[0], ["地区", "指标", "目标"]) == list(starts.pop())


def test_target_table_shows_labels_not_codes():
    row = {"id": 7, "state": "proposed", "region": "蓬江区", "indicator": "工业投资", "comparator": ">=",
           "value_text": "100亿元", "strength": "ensure", "year": 2023, "confidence": 0.5,
           "edited": ["value"]}  # fmt: skip
    lines = target_table([row])
    assert lines[0].split() == ["编号", "状态", "地区", "指标", "目标", "力度", "年度", "置信度"]
    assert lines[2].split() == ["7", "待审核*", "蓬江区", "工业投资", "≥100亿元", "确保", "2023", "0.50"]
    assert lines[-1].startswith("共 1 条目标")


def test_target_show_is_a_record_to_read():
    record = {"id": 3, "state": "confirmed", "region": "蓬江区", "indicator": "工业投资", "measure": "growth",
              "comparator": ">=", "value": 9800000000, "unit": "元", "value_text": "98亿元", "strength": "plan",
              "year": 2023, "edited": ["value_text"], "text": "工业投资增长"}  # fmt: skip
    lines = target_record_lines(record)
    shown = dict(line.split(maxsplit=1) for line in lines)
    assert shown["状态"] == "已确认" and shown["指标类型"] == "增速" and shown["确保/力争"] == "计划"
    assert shown["数值"] == "98亿元" and shown["已修改"] == "目标值原文"
    assert len({width(line[: line.index(value)]) for line, value in zip(lines, shown.values(), strict=True)}) == 1


def test_status_prints_a_chinese_header_and_figures_in_yi(tmp_path):
    from taizhang.cli import app
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.documents import ingest
    from taizhang.ledger.progress import add_progress

    db = str(tmp_path / "t.db")
    ledger = open_ledger(db)
    tid = ingest(ledger, "蓬江区：确保工业投资突破100亿元。", who="t", region="蓬江区", date=date(2023, 1, 1)).added[0]
    with ledger.session(write=True) as s:
        add_progress(s, tid, period="2023-09", value="71.2亿元", who="t")
    ledger.close()
    r = CliRunner().invoke(app, ["status", "--db", db, "--as-of", "2023-10-01"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == ["编号", "地区", "指标", "目标", "最新实际值", "完成率", "序时进度", "状态"]
    assert "按时间均匀" in lines[2]  # no earlier official figures: time progress is a straight line
    assert "71.2亿元" in lines[2] and "7120000000" not in r.output
    assert text("cli.status_summary", count=1, as_of="2023-10-01") == lines[-1]
