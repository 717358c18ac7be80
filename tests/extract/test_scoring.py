"""The scoring rules of TARGETS.md, on small hand-made records."""

from __future__ import annotations

from taizhang.extract.scoring import ACTUAL_ATTRIBUTES, dice, match, score


def record(start: int, end: int, value: float, unit: str = "%", **more: object) -> dict[str, object]:
    base: dict[str, object] = {
        "start": start,
        "end": end,
        "value": value,
        "unit": unit,
        "indicator": "地区生产总值",
        "comparator": "~",
        "strength": "plan",
        "measure": "growth",
        "region": "江门市",
        "region_code": "440700",
        "year": 2023,
        "direction": None,
    }
    return base | more


def test_dice_counts_shared_characters_and_containment() -> None:
    assert dice("工业投资", "全市工业投资") == 1.0
    assert dice("地区生产总值", "生产总值增速") == 2 * 4 / 12
    assert dice(None, "x") == 0.0


def test_a_match_needs_overlap_same_unit_and_value_within_half_a_percent() -> None:
    gold = [record(10, 14, 6.0)]
    assert match([record(12, 16, 6.02)], gold) == [(0, 0)]
    assert match([record(14, 18, 6.0)], gold) == []  # touching, not overlapping
    assert match([record(10, 14, 6.0, unit="个百分点")], gold) == []
    assert match([record(10, 14, 6.1)], gold) == []


def test_matching_is_one_to_one_and_prefers_the_closer_indicator() -> None:
    gold = [record(0, 4, 6.0, indicator="一般公共预算收入"), record(0, 4, 6.0, indicator="地区生产总值")]
    pairs = match([record(0, 4, 6.0, indicator="地区生产总值")], gold)
    assert pairs == [(0, 1)]


def test_fully_right_counts_over_gold_so_a_miss_lowers_it() -> None:
    gold = [record(0, 4, 6.0), record(10, 14, 7.0), record(20, 24, 8.0)]
    predicted = [record(0, 4, 6.0), record(10, 14, 7.0, strength="ensure"), record(40, 44, 1.0)]
    s = score(predicted, gold)
    assert (s.tp, s.fp, s.fn, s.full) == (2, 1, 1, 1)
    assert s.fully_right == 1 / 3
    assert s.accuracy("strength") == 1 / 2
    assert [name for name, _, _ in s.wrong] == ["strength"]


def test_optional_gold_is_neither_a_hit_nor_a_miss() -> None:
    gold = [record(0, 4, 6.0, optional=True), record(10, 14, 7.0, optional=True)]
    s = score([record(0, 4, 6.0)], gold)
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)


def test_year_and_direction_are_judged_only_where_gold_has_them() -> None:
    s = score([record(0, 4, 6.0, year=2024, direction="increase")], [record(0, 4, 6.0, year=None)])
    assert s.judged["year"] == 0 and s.judged["direction"] == 0 and s.full == 1


def test_actuals_are_judged_on_their_period_not_on_strength() -> None:
    gold = [record(0, 4, 5.0, period_end="2023-09-30", strength=None)]
    s = score([record(0, 4, 5.0, period_end="2023-06-30")], gold, ACTUAL_ATTRIBUTES)
    assert s.accuracy("period_end") == 0.0 and s.judged["strength"] == 0
