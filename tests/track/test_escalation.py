"""The research panel and the three escalation analyses on a small hand-built set of records
(issue 10). Every expected figure is worked out by hand in the comments, not by the code."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from taizhang.extract.regions import load_regions
from taizhang.track.escalation import analyse
from taizhang.track.panel import build_panel

YI = 100_000_000  # 1亿元 in 元


def _t(code: str, year: int, indicator_id: str, measure: str, value: float, **kw: Any) -> dict[str, Any]:
    unit = "%" if measure == "growth" else "元"
    rec = {"kind": "target", "region_code": code, "year": year, "indicator_id": indicator_id, "measure": measure}
    rec.update(value=value, unit=unit, comparator=">=", strength="plan", value_text=f"{value}{unit}")
    return {**rec, **kw}


def _actual(value: float, start: str, end: str) -> dict[str, Any]:
    """江门's GDP growth over a period."""
    rec = {"kind": "actual", "region_code": "440700", "indicator_id": "gdp", "measure": "growth", "unit": "%"}
    return {**rec, "value": value, "period_start": start, "period_end": end}


RECORDS = [
    # national, province, city and two of its districts: GDP growth
    _t("100000", 2023, "gdp", "growth", 5),
    _t("440000", 2023, "gdp", "growth", 5),
    _t("440700", 2023, "gdp", "growth", 6),
    _t("440703", 2023, "gdp", "growth", 6, strength="ensure"),
    _t("440703", 2023, "gdp", "growth", 6.5, strength="strive"),  # 确保 beside 力争: two rows
    _t("440705", 2023, "gdp", "growth", 7, date="2023-01-10"),
    _t("440705", 2023, "gdp", "growth", 7.5, date="2023-02-01"),  # a newer document: kept, 7 a conflict
    _t("440700", 2022, "gdp", "growth", 6.5),
    # 工业投资: the city's 千亿 stated twice (collapses), two districts' shares
    _t("440700", 2023, "industrial_investment", "level", 1000 * YI),
    _t("440700", 2023, "industrial_investment", "level", 1000 * YI),
    _t("440703", 2023, "industrial_investment", "level", 100 * YI),
    _t("440705", 2023, "industrial_investment", "level", 320 * YI),
    _t("440700", 2022, "industrial_investment", "level", 800 * YI),
    # a fall: 单位GDP能耗下降2.5%
    _t("440700", 2023, "energy_intensity", "growth", 2.5, direction="decrease"),
    # the city's GDP grew 4.5% in 2022 (whole year); a 1-9月 figure is no year's outcome
    _actual(4.5, "2022-01-01", "2022-12-31"),
    _actual(9, "2023-01-01", "2023-09-30"),
    # no region: cannot be placed
    _t("", 2023, "gdp", "growth", 5),
]


@pytest.fixture(scope="module")
def panel():
    return build_panel(RECORDS, load_regions())


def _row(panel, code: str, year: int, indicator: str, strength: str = "plan"):
    found = [
        r
        for r in panel.rows
        if (r.region_code, r.year, r.indicator_id, r.strength) == (code, year, indicator, strength)
    ]
    assert len(found) == 1, found
    return found[0]


def test_the_panel_keys_levels_and_parents(panel) -> None:
    # 14 target records with a region: the city's 千亿 twice is one row, 440705's two GDP figures one
    assert len(panel.rows) == 12
    assert panel.unplaced == 1
    city = _row(panel, "440700", 2023, "industrial_investment")
    assert (city.level, city.parent_code, city.region, city.sources) == ("prefecture", "440000", "江门市", 2)
    district = _row(panel, "440703", 2023, "gdp", "ensure")
    assert (district.level, district.parent_code, district.value) == ("county", "440700", Decimal(6))
    assert _row(panel, "440703", 2023, "gdp", "strive").value == Decimal("6.5")
    province = _row(panel, "440000", 2023, "gdp")
    assert (province.level, province.parent_code) == ("province", None)
    assert _row(panel, "100000", 2023, "gdp").level == "national"
    assert _row(panel, "440700", 2023, "energy_intensity").signed == Decimal("-2.5")


def test_differing_records_of_one_key_are_a_listed_conflict_not_a_silent_pick(panel) -> None:
    kept = _row(panel, "440705", 2023, "gdp")
    assert kept.value == Decimal("7.5") and kept.conflict and kept.sources == 1
    (conflict,) = panel.conflicts
    assert (conflict.region_code, conflict.kept, conflict.dropped, conflict.rule) == (
        "440705",
        "7.5%",
        ("7%",),
        "newest",
    )


def test_the_official_actual_of_a_whole_year_only(panel) -> None:
    assert panel.actuals == {("440700", 2022, "gdp", "%"): Decimal("4.5")}
    assert _row(panel, "440700", 2022, "gdp").actual == Decimal("4.5")
    assert _row(panel, "440700", 2023, "gdp").actual is None  # 1-9月 is progress


def test_escalation_margins_in_points(panel) -> None:
    result = analyse(panel, "escalation", indicator="gdp", year=2023)
    rows = {r["region_code"]: r for r in result["rows"]}
    # 广东 5 vs the nation 5: 0; 江门 6 vs 广东 5: +1; 蓬江 (确保 6, firmer than 力争 6.5) vs 江门 6: 0;
    # 新会 7.5 vs 江门 6: +1.5; every one against the nation's 5
    assert {c: r["margin_parent"] for c, r in rows.items()} == {"440000": 0, "440700": 1, "440703": 0, "440705": 1.5}
    assert {c: r["margin_national"] for c, r in rows.items()} == {
        "440000": 0, "440700": 1, "440703": 1, "440705": 2.5,
    }  # fmt: skip
    assert rows["440703"]["strength"] == "ensure" and rows["440000"]["parent_code"] == "100000"
    parents = (rows["440000"]["parent"], rows["440700"]["parent"], rows["440705"]["parent"])
    assert parents == ("全国", "广东省", "江门市")
    detail = {r["region_code"]: r for r in result["detail"]}
    # 江门's children: 0 and 1.5 → 1 of 2 above (50%), mean 0.75, max 1.5
    assert (detail["440700"]["children"], detail["440700"]["above"]) == (2, 1)
    assert (detail["440700"]["share_above"], detail["440700"]["mean_margin"], detail["440700"]["max_margin"]) == (
        50, 0.75, 1.5,
    )  # fmt: skip


def test_children_level_targets_summed_against_the_parent(panel) -> None:
    result = analyse(panel, "sums", indicator="industrial_investment")
    (row,) = result["rows"]
    # 100亿 + 320亿 = 420亿 against 1000亿: 42%, 580亿 short
    assert row["region_code"] == "440700" and row["children"] == 2
    assert row["children_sum"] == 420 * YI and row["gap"] == -580 * YI
    assert row["share"] == 42 and row["flag"] == "below"
    assert [(d["region_code"], d["share"]) for d in result["detail"]] == [("440703", 10), ("440705", 32)]


def test_year_on_year_against_last_years_target_and_actual(panel) -> None:
    result = analyse(panel, "yoy", year=2023)
    rows = {(r["region_code"], r["indicator_id"]): r for r in result["rows"]}
    gdp = rows[("440700", "gdp")]
    # 6% after a 6.5% target: −0.5 points; after an actual of 4.5%: +1.5 points
    assert (gdp["prev_target"], gdp["vs_prev_target"], gdp["prev_actual"], gdp["vs_prev_actual"]) == (
        6.5, -0.5, 4.5, 1.5,
    )  # fmt: skip
    assert gdp["change_unit"] == "pp"
    investment = rows[("440700", "industrial_investment")]
    # 1000亿 after 800亿: +25%
    assert investment["vs_prev_target"] == 25 and investment["change_unit"] == "pct"
    assert investment["prev_actual"] is None
    assert ("440705", "gdp") not in rows  # nothing the year before to compare with
