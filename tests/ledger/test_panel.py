"""The research panel's edges (issue 10): the ledger's targets in force and official whole-year
figures in, a corpus file in, Parquet, CSV and Stata out; the Jiangmen demo's 工业投资 sums row."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from taizhang.errors import InputError
from taizhang.ledger.analysis import ledger_analysis
from taizhang.ledger.models import Progress, Target
from taizhang.ledger.panel import columns, file_panel, ledger_panel, read_records, write_panel

from ..web.conftest import load_examples

YI = 100_000_000


@pytest.fixture
def demo(ledger):
    load_examples(ledger, actuals=False)
    return ledger


def _ids(s, code: str, indicator: str = "industrial_investment") -> list[int]:
    query = select(Target.id).where(Target.region_code == code, Target.indicator_id == indicator)
    return list(s.scalars(query.order_by(Target.id)))


def test_the_demo_ledger_gives_jiangmens_industrial_investment_sums_row(demo) -> None:
    with demo.session() as s:
        result = ledger_analysis(s, "sums", indicator="industrial_investment", year=2023)
    (row,) = result["rows"]
    # the county plans: 蓬江 百亿 + 江海 100亿 + 新会 320亿 + 开平 140亿 = 660亿 of the city's 千亿
    assert (row["region"], row["value"], row["children_sum"]) == ("江门市", 1000 * YI, 660 * YI)
    assert (row["share"], row["gap"], row["flag"]) == (66, -340 * YI, "below")
    assert row["child_names"] == "蓬江区、江海区、新会区、开平市"
    shares = {d["region"]: d["share"] for d in result["detail"]}
    assert shares == {"蓬江区": 10, "江海区": 10, "新会区": 32, "开平市": 14}


def test_rejected_and_merged_targets_leave_the_panel(demo) -> None:
    from taizhang.ledger.duplicates import merge_target
    from taizhang.ledger.review import reject_target

    with demo.session(write=True) as s:
        for target_id in _ids(s, "440705"):  # 新会's 320亿, stated twice
            reject_target(s, target_id, who="t")
        first, *others = _ids(s, "440703")  # 蓬江's 百亿, stated twice: one merged into the other
        merge_target(s, others[0], into=first, who="t")
    with demo.session() as s:
        panel = ledger_panel(s)
        result = ledger_analysis(s, "sums", indicator="industrial_investment", year=2023)
    codes = {r.region_code for r in panel.rows if r.indicator_id == "industrial_investment"}
    assert "440705" not in codes
    (pengjiang,) = [r for r in panel.rows if r.region_code == "440703" and r.indicator_id == "industrial_investment"]
    assert pengjiang.sources == 1
    # 100亿 + 100亿 + 140亿 = 340亿 of 千亿
    assert result["rows"][0]["children_sum"] == 340 * YI and result["rows"][0]["share"] == 34


def test_an_official_whole_year_figure_is_last_years_actual(demo) -> None:
    with demo.session(write=True) as s:
        for period, value in (("2022-12", "4.5"), ("2023-06", "3.1")):  # a half year is no outcome
            s.add(Progress(region_code="440700", indicator="地区生产总值", indicator_id="gdp", period=period,
                           value=Decimal(value), unit="%", cumulative=True, source="official",
                           reported_by="t", state="proposed"))  # fmt: skip
    with demo.session() as s:
        panel = ledger_panel(s)
        result = ledger_analysis(s, "yoy", indicator="gdp", year=2023)
    assert panel.actuals == {("440700", 2022, "gdp", "%"): Decimal("4.5")}
    city = [r for r in result["rows"] if r["region_code"] == "440700"]
    # the city's 2023 target 增长6% against 2022's 4.5%: +1.5 points
    assert [(r["value"], r["prev_actual"], r["vs_prev_actual"]) for r in city] == [(6, 4.5, 1.5)]


RECORDS = [
    {"kind": "target", "region_code": "440700", "region": "江门市", "indicator": "工业投资", "measure": "level",
     "comparator": ">=", "value": 1000 * YI, "unit": "元", "value_text": "千亿", "strength": "plan", "year": 2023,
     "date": "2023-01-10"},
    {"kind": "target", "region_code": "440703", "region": "蓬江区", "indicator": "工业投资", "measure": "level",
     "comparator": ">=", "value": 100 * YI, "unit": "元", "value_text": "百亿元", "strength": "plan", "year": 2023,
     "date": "2023-01-20"},
    {"kind": "target", "region_code": "440703", "region": "蓬江区", "indicator": "工业投资", "measure": "level",
     "comparator": ">=", "value": 120 * YI, "unit": "元", "value_text": "120亿元", "strength": "plan", "year": 2023,
     "date": "2023-01-10"},
]  # fmt: skip


def _write(path: Path, records: list[dict]) -> Path:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    else:
        import pandas as pd

        frame = pd.DataFrame(records)
        frame.to_csv(path, index=False) if path.suffix == ".csv" else frame.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_a_corpus_file_gives_the_panel_with_its_conflict(tmp_path: Path, suffix: str) -> None:
    panel = file_panel(_write(tmp_path / f"out{suffix}", RECORDS))
    # the indicator's canonical id from its words; 蓬江's newer document (百亿元, 20 January) is kept
    assert [(r.region_code, r.indicator_id, r.value_text, r.conflict) for r in panel.rows] == [
        ("440700", "industrial_investment", "千亿", False),
        ("440703", "industrial_investment", "百亿元", True),
    ]
    assert [(c.kept, c.dropped, c.rule) for c in panel.conflicts] == [("百亿元", ("120亿元",), "newest")]


def test_a_bad_value_names_the_file_row_and_field(tmp_path: Path) -> None:
    bad = [RECORDS[0], {**RECORDS[1], "value": "很多"}]
    path = _write(tmp_path / "out.jsonl", bad)
    with pytest.raises(InputError) as caught:
        read_records(path)
    assert caught.value.code == "E201"
    assert str(path) in str(caught.value) and "第 2 条" in str(caught.value) and "value" in str(caught.value)
    with pytest.raises(InputError):
        read_records(tmp_path / "out.txt")


def test_the_stata_file_read_back_equals_the_csv(tmp_path: Path) -> None:
    import pandas as pd

    panel = file_panel(_write(tmp_path / "out.jsonl", RECORDS))
    for suffix in (".csv", ".dta", ".parquet"):
        conflicts = write_panel(panel, tmp_path / f"panel{suffix}")
        assert conflicts is not None and conflicts.read_text(encoding="utf-8-sig").count("\n") == 2
    cols = columns("panel")
    strings = {c.name: str for c in cols if c.type == "str"}
    from_csv = pd.read_csv(
        tmp_path / "panel.csv", dtype=strings, keep_default_na=False, na_values={"actual_value": [""]}
    )
    from_dta = pd.read_stata(tmp_path / "panel.dta")
    from_parquet = pd.read_parquet(tmp_path / "panel.parquet")
    assert list(from_dta.columns) == [c.name for c in cols]
    for frame in (from_csv, from_dta, from_parquet):
        frame["conflict"] = frame["conflict"].astype(bool)
        for c in cols:
            if c.type == "int":
                frame[c.name] = frame[c.name].astype("int64")
            elif c.type == "str":
                frame[c.name] = frame[c.name].astype(object)
    pd.testing.assert_frame_equal(from_dta, from_csv)
    pd.testing.assert_frame_equal(from_parquet, from_csv)
    assert from_csv.loc[1, "region"] == "蓬江区" and from_csv.loc[1, "target_value"] == 100 * YI
    labels = pd.io.stata.StataReader(tmp_path / "panel.dta").variable_labels()
    assert labels["target_value"] == "目标值" and labels["parent_code"] == "上级地区代码"


def test_the_panel_command_writes_the_file_and_exits_2_on_a_bad_source(tmp_path: Path, demo) -> None:
    from typer.testing import CliRunner

    from taizhang.cli import app

    out = tmp_path / "panel.dta"
    result = CliRunner().invoke(app, ["panel", "--db", demo.url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    bad = CliRunner().invoke(app, ["panel", "--from", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x.csv")])
    assert bad.exit_code == 2 and "E101" in bad.output
    assert not (tmp_path / "x.csv").exists()


def test_the_readme_dictionary_lists_every_panel_column() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for c in columns("panel"):
        assert f"| `{c.name}` | {c.type} | {c.label} |" in readme, c.name


def test_analyse_reads_a_corpus_file_as_it_reads_a_ledger(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from taizhang.cli import app

    path = _write(tmp_path / "out.jsonl", RECORDS)
    result = CliRunner().invoke(app, ["analyse", "sums", "--from", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)["rows"]
    # 蓬江's 百亿元 (the newer of its two) against 江门's 千亿: 10%
    assert (row["region_code"], row["children_sum"], row["share"]) == ("440700", 100 * YI, 10)
    table = CliRunner().invoke(app, ["analyse", "sums", "--from", str(path)])
    assert "低于本级" in table.stdout and "100亿元" in table.stdout and "10%" in table.stdout


@pytest.mark.parametrize("table", ["panel", "escalation", "escalation_detail", "sums", "sums_detail", "yoy"])
def test_every_column_is_a_stata_name_with_a_chinese_label(table: str) -> None:
    cols = columns(table)
    assert cols and len({c.name for c in cols}) == len(cols)
    for c in cols:
        assert c.name.isascii() and c.name.isidentifier() and len(c.name) <= 32, c.name
        assert c.type in ("str", "int", "float", "bool") and 0 < len(c.label) <= 80, c
        assert any("\u4e00" <= ch <= "\u9fff" for ch in c.label), c.label
