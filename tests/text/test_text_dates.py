"""find_publication_date: the head first, then the signature; impossible dates ignored."""

from __future__ import annotations

import datetime

import pytest

from taizhang.text.dates import find_publication_date

D = datetime.date
FILLER = "各镇（街）、区直各部门：为做好全年经济工作，现将有关事项通知如下。" * 20  # ~700 chars, no date

CASES = [
    pytest.param("2023年1月20日", D(2023, 1, 20), id="arabic"),
    pytest.param("２０２３年１月２０日", D(2023, 1, 20), id="full-width"),
    pytest.param("2023-01-20", D(2023, 1, 20), id="iso"),
    pytest.param("2023.01.20", D(2023, 1, 20), id="dots"),
    pytest.param("2023/1/5", D(2023, 1, 5), id="slashes"),
    pytest.param("二〇二三年一月二十日", D(2023, 1, 20), id="chinese-numerals"),
    pytest.param("二〇二三年十二月三十一日", D(2023, 12, 31), id="chinese-teens-and-thirties"),
    pytest.param("二○二三年十月十日", D(2023, 10, 10), id="white-circle-as-ling"),
    pytest.param("2023 年 1 月 20 日", D(2023, 1, 20), id="spaces"),
    pytest.param("2023年1月20号", D(2023, 1, 20), id="hao"),
    pytest.param("——2023年1月10日在江门市人民代表大会上", D(2023, 1, 10), id="work-report-head"),
    pytest.param("到2025年，全区生产总值达到1000亿元", None, id="year-only-is-no-date"),
    pytest.param("2023年1月", None, id="month-only-is-no-date"),
    pytest.param("2023年2月30日", None, id="impossible-day"),
    pytest.param("2023年13月1日", None, id="impossible-month"),
    pytest.param("1800年1月1日", None, id="implausible-year"),
    pytest.param("版本1.2023.01.20.5", None, id="part-of-a-version-number"),
    pytest.param("电话12023-01-20", None, id="part-of-a-longer-number"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_single_dates(text: str, expected: datetime.date | None) -> None:
    assert find_publication_date(text) == expected


DOCUMENTS = [
    pytest.param(
        "关于印发某某方案的通知\n" + FILLER + "\n某某区人民政府\n2023年1月20日\n",
        D(2023, 1, 20),
        id="signature-at-the-end",
    ),
    pytest.param(
        "会议回顾了2022年12月30日的部署。发布时间：2023-01-18\n" + FILLER,
        D(2023, 1, 18),
        id="labelled-date-beats-an-earlier-one",
    ),
    pytest.param(
        "2023年1月18日 本报讯\n" + FILLER + "\n某某区人民政府\n2023年1月20日",
        D(2023, 1, 18),
        id="head-beats-signature",
    ),
    pytest.param(
        "2023年2月30日 本报讯\n" + FILLER + "\n2023年1月20日",
        D(2023, 1, 20),
        id="impossible-head-date-ignored",
    ),
    pytest.param(
        "通知\n" + FILLER + "2023年3月1日起施行。" + FILLER + "\n2023年1月5日\n抄送：2023年1月6日印发",
        D(2023, 1, 6),
        id="last-date-of-the-signature",
    ),
    pytest.param(
        "通知\n" + FILLER + "2023年3月1日起施行。" + FILLER,
        None,
        id="date-in-the-middle-is-not-taken",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(text: str, expected: datetime.date | None) -> None:
    assert find_publication_date(text) == expected
