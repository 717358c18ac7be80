"""The period of a reported value: months from period words, the year from the text or the date."""

from __future__ import annotations

from datetime import date

import pytest

from taizhang.extract.periods import months_before, period_of, without_period


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("上半年，规上工业增加值", (1, 6, True)),
        ("二季度", (4, 6, False)),
        ("1-9月，全市完成", (1, 9, True)),
        ("1至11月", (1, 11, True)),
        ("3-5月", (3, 5, False)),
        ("截至9月底，累计", (1, 9, True)),
        ("9月末城镇登记失业率", (1, 9, True)),
        ("9月份，社会消费品零售总额", (9, 9, False)),
        ("前三季度，全省", (1, 9, True)),
        ("一季度实现开门红；前三季度", (1, 9, True)),  # the last one named counts
        ("全县地区生产总值", None),
        ("年度目标任务", None),  # 年度 of 年度目标 is not a period
    ],
)
def test_months_are_read_from_period_words(text: str, months: tuple[int, int, bool] | None) -> None:
    assert months_before(text) == months


def test_the_year_comes_from_the_sentence_then_the_context_then_the_date() -> None:
    p = period_of("2022年，全县", date(2024, 1, 10))
    assert (p.start, p.end) == (date(2022, 1, 1), date(2022, 12, 31))
    p = period_of("上半年，", date(2024, 1, 10), "在2024年的工作中")
    assert p is not None and p.end == date(2024, 6, 30)
    p = period_of("去年全年", date(2024, 3, 1))
    assert p is not None and p.start.year == 2023


def test_without_a_year_the_period_is_the_latest_one_ended_before_the_date() -> None:
    p = period_of("1-9月", date(2023, 10, 20))
    assert p is not None and p.end == date(2023, 9, 30)
    p = period_of("全年", date(2023, 10, 20))
    assert p is not None and p.end == date(2022, 12, 31)  # 2023 is not over on 20 October
    assert period_of("全年", None) is None


def test_a_horizon_is_not_the_year_of_a_result() -> None:
    p = period_of("到2025年力争", date(2024, 2, 1))
    assert p is not None and p.end.year == 2023


def test_period_words_are_stripped_from_the_front_of_a_phrase() -> None:
    assert without_period("1-9月工业投资") == "工业投资"
    assert without_period("2023年上半年规上工业增加值") == "规上工业增加值"
    assert without_period("工业投资") == "工业投资"
