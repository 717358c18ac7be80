"""Actuals: the numbers a text reports as results, with their period and basis."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from taizhang.extract.pipeline import read_numbers

REPORT = (
    "2023年，全县地区生产总值完成320.5亿元，同比增长6.2%。上半年规上工业增加值下降3.1%。"
    "1-9月完成工业投资74.1亿元，环比增长2.5%。\n"
    "2024年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入突破20亿元。\n"
)


def test_results_are_actuals_and_commitments_stay_targets() -> None:
    reading = read_numbers(REPORT, region="台山市", date="2024-01-10")
    assert [t.value_text for t in reading.targets] == ["6%", "20亿元"]
    got = {(a.value_text, a.indicator, a.measure, a.period_start, a.period_end) for a in reading.actuals}
    assert got == {
        ("320.5亿元", "地区生产总值", "level", date(2023, 1, 1), date(2023, 12, 31)),
        ("6.2%", "地区生产总值", "growth", date(2023, 1, 1), date(2023, 12, 31)),
        ("3.1%", "规上工业增加值", "growth", date(2023, 1, 1), date(2023, 6, 30)),
        ("74.1亿元", "工业投资", "level", date(2023, 1, 1), date(2023, 9, 30)),
        ("2.5%", "工业投资", "growth", date(2023, 1, 1), date(2023, 9, 30)),
    }


def test_an_actual_carries_value_basis_direction_and_region() -> None:
    actuals = {a.value_text: a for a in read_numbers(REPORT, region="台山市", date="2024-01-10").actuals}
    assert actuals["320.5亿元"].value == Decimal("32050000000") and actuals["320.5亿元"].unit == "元"
    assert actuals["6.2%"].basis == "yoy"
    assert actuals["2.5%"].basis == "mom"
    assert actuals["320.5亿元"].basis is None
    assert actuals["3.1%"].direction == "decrease"
    assert actuals["74.1亿元"].region_code == "440781"


def test_the_record_is_the_shared_format() -> None:
    record = read_numbers(REPORT, region="台山市", date="2024-01-10").actuals[0].to_dict()
    assert record["kind"] == "actual"
    assert record["period_start"] == "2023-01-01" and record["period_end"] == "2023-12-31"
    assert record["cumulative"] is True
    assert REPORT[record["start"] : record["end"]] == record["value_text"]


def test_a_traditional_text_keeps_its_own_characters_in_the_indicator() -> None:
    text = "2023年，全縣固定資產投資完成120億元。"
    actuals = read_numbers(text, region="台山市", date="2024-01-10").actuals
    assert [a.indicator for a in actuals] == ["固定資產投資"]


def test_a_rank_held_and_a_share_of_a_whole_are_actuals() -> None:
    text = "2023年，全区地区生产总值完成220.1亿元，居全市第3位。制造业完成投资占全市工业投资的44.7%。\n"
    actuals = {a.value_text: a for a in read_numbers(text, region="上党区", date="2024-01-10").actuals}
    assert (actuals["3位"].measure, actuals["3位"].indicator, actuals["3位"].value) == ("rank", "地区生产总值", 3)
    assert actuals["44.7%"].measure == "share"


def test_a_change_of_an_amount_from_last_year_is_not_a_level() -> None:
    text = "2023年末全县常住人口41.2万人,比上年末减少0.4万人。全年粮食播种面积52.6万亩,比上年增加1.3万亩。"
    got = {a.value_text for a in read_numbers(text, region="台山市", date="2024-03-20").actuals}
    assert got == {"41.2万人", "52.6万亩"}


def test_a_change_of_a_growth_rate_in_points_is_no_actual() -> None:
    from taizhang.extract.pipeline import read_numbers

    text = "上半年,全县规上工业增加值同比增长8.2%,比一季度加快1.5个百分点;城镇化率为58.3%,比上年末提高0.9个百分点。"
    found = {(float(a.value), a.unit) for a in read_numbers(text, region="江门市", date="2024-07-20").actuals}
    assert (8.2, "%") in found and (0.9, "个百分点") in found
    assert (1.5, "个百分点") not in found


def test_points_shared_by_a_list_and_a_mirror_reading() -> None:
    from taizhang.extract.numbers import find_quantities

    found = [(float(q.value), q.unit) for q in find_quantities("分别拉动增长0.7个、1.2个百分点,回升2.3个(gè)百分点")]
    assert found == [(0.7, "个百分点"), (1.2, "个百分点"), (2.3, "个百分点")]


def test_a_streak_is_no_actual() -> None:
    from taizhang.extract.pipeline import read_numbers

    text = "2023年,全市制造业投资增长12.5%、连续36个月保持两位数增长。"
    found = [(float(a.value), a.unit) for a in read_numbers(text, region="江门市", date="2024-02-20").actuals]
    assert found == [(12.5, "%")]
