"""Properties of the extractor (hypothesis): it never raises, every span slices back to its
surface, full-width digits and Traditional characters change no value or span, and Chinese
numerals round-trip through a renderer written here.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from importlib import resources

import opencc
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from taizhang import extract_targets
from taizhang.extract.numbers import QuantityIndex, find_quantities, parse_chinese_numeral
from taizhang.extract.record import COMPARATORS, MEASURES, STRENGTHS, Target
from taizhang.extract.segments import Span

EXAMPLE_TEXT = (
    resources.files("taizhang.data").joinpath("examples/jiangmen-2023-county-plans.txt").read_text(encoding="utf-8")
)
DATE = "2023-01-20"

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NUMERALS = settings(max_examples=1000, deadline=None)

# --- text that looks like a plan -------------------------------------------------------------------

# Pieces of the language of plans, so generated text reaches the grammar, not only the tokenizer.
PLAN_PIECES = [
    *"0123456789",
    *"０１２３４５６７８９",
    *"一二三四五六七八九十百千万亿两零〇",
    *"元个家人项名强%％.．,",
    *"，。、；：:\n",
    "以上",
    "以内",
    "左右",
    "突破",
    "确保",
    "力争",
    "增长",
    "下降",
    "今年",
    "到2025年",
    "未来3年内",
    "个百分点",
    "亿元以上项目",
    "控制在",
    "不少于",
    "工业投资",
    "地区生产总值",
    "登记失业率",
    "去年完成",
    "江门市",
    "蓬江区",
    "台山",
    "台山市",
    "新会区",
    "广东省",
    "蓬江区区长马品高:",
    "前",
    "第",
    "-",
    "“",
    "”",
]
plan_text = st.lists(st.sampled_from(PLAN_PIECES), max_size=60).map("".join)
regions = st.sampled_from([None, "江门市", "台山", "440703", "火星市"])
dates = st.sampled_from([None, DATE, "2025-12-31"])

FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def check_records(text: str, found: list[Target]) -> None:
    """What holds of every record of every text."""
    assert isinstance(found, list)
    for t in found:
        assert isinstance(t, Target)
        assert 0 <= t.start < t.end <= len(text), (t.start, t.end, len(text))
        assert t.value_text, t
        assert t.value_text in text[t.start : t.end], (t.value_text, text[t.start : t.end])
        assert isinstance(t.value, Decimal) and t.value.is_finite() and t.value >= 0, t.value
        assert t.measure in MEASURES
        assert t.comparator in COMPARATORS
        assert t.strength in STRENGTHS
        assert t.direction in (None, "increase", "decrease")
        assert t.unit
        assert t.region_code is None or re.fullmatch(r"\d{6}", t.region_code)
        assert t.year is None or isinstance(t.year, int)
        json.dumps(t.to_dict(), ensure_ascii=False)


def spans_and_values(found: list[Target]) -> list[tuple[int, int, Decimal, str]]:
    return [(t.start, t.end, t.value, t.unit) for t in found]


def test_record_of_a_very_long_number_can_be_printed() -> None:
    text = "突破" + "9" * 4301 + "元"
    check_records(text, extract_targets(text))


@FAST
@given(text=st.text(max_size=200), region=regions, date=dates)
def test_never_raises_on_arbitrary_text(text: str, region: str | None, date: str | None) -> None:
    check_records(text, extract_targets(text, region=region, date=date))


@FAST
@given(text=plan_text, region=regions, date=dates)
@example(text="确保增长7%,力争实现7.5%", region="江门市", date=DATE)
@example(text="增长5.5%-6.5%", region=None, date=None)
@example(text="引进亿元以上项目30个以上", region="台山", date=DATE)
def test_never_raises_on_plan_like_text(text: str, region: str | None, date: str | None) -> None:
    check_records(text, extract_targets(text, region=region, date=date))


@FAST
@given(text=plan_text)
@example(text="确保登记失业率控制在3%以内，新增就业4.2万人")
def test_full_width_digits_change_no_value_or_span(text: str) -> None:
    half = extract_targets(text, region="江门市", date=DATE)
    full = extract_targets(text.translate(FULL_WIDTH_DIGITS), region="江门市", date=DATE)
    assert spans_and_values(full) == spans_and_values(half)


@FAST
@given(text=plan_text, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_quantity_index_finds_what_a_scan_finds(text: str, cut: tuple[int, int]) -> None:
    """Issue 13: a clause's quantities are looked up by position; the lookup must equal the scan."""
    quantities = find_quantities(text)
    span = Span(min(cut), max(cut))
    scanned = [q for q in quantities if span.start <= q.start < span.end]
    index = QuantityIndex(quantities)
    assert index.within(span) == scanned
    assert index.first_start(span) == min((q.start for q in scanned), default=None)


def test_full_width_digits_on_the_example() -> None:
    half = extract_targets(EXAMPLE_TEXT, region="江门市", date=DATE)
    full = extract_targets(EXAMPLE_TEXT.translate(FULL_WIDTH_DIGITS), region="江门市", date=DATE)
    assert len(half) >= 30
    assert spans_and_values(full) == spans_and_values(half)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_traditional_example_gives_the_same_values_and_spans(config: str) -> None:
    traditional = opencc.OpenCC(config).convert(EXAMPLE_TEXT)
    assert len(traditional) == len(EXAMPLE_TEXT)
    assert traditional != EXAMPLE_TEXT
    simplified = extract_targets(EXAMPLE_TEXT, region="江门市", date=DATE)
    converted = extract_targets(traditional, region="江门市", date=DATE)
    check_records(traditional, converted)
    assert spans_and_values(converted) == spans_and_values(simplified)
    # Regions and units are Simplified whatever the text's script (TARGETS.md).
    assert [(t.region, t.region_code) for t in converted] == [(t.region, t.region_code) for t in simplified]


# --- Chinese numerals round-trip ------------------------------------------------------------------------

DIGITS = "零一二三四五六七八九"


def render(n: int) -> str:
    """``n`` (0 <= n <= 10**12) in standard Chinese numerals: 10 → 十, 1005 → 一千零五, 120000000 → 一亿二千万."""
    if n == 0:
        return "零"
    text = _render(n)
    return text[1:] if text.startswith("一十") else text  # 十, 十五, 十万: but 一百一十


def _render(n: int) -> str:
    for size, name in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            high, low = divmod(n, size)
            text = _render(high) + name
            if low:
                # A zero place between the two parts is read: 一万零五, 一亿零五百万.
                text += ("零" if low < size // 10 else "") + _render(low)
            return text
    return _below_ten_thousand(n)


def _below_ten_thousand(n: int) -> str:
    out: list[str] = []
    pending_zero = False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")  # one 零 for any run of zero places: 一千零五
            pending_zero = False
        out.append(DIGITS[digit] + name)
    return "".join(out)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "零"),
        (7, "七"),
        (10, "十"),
        (15, "十五"),
        (110, "一百一十"),
        (120, "一百二十"),
        (1005, "一千零五"),
        (1010, "一千零一十"),
        (10005, "一万零五"),
        (30000, "三万"),
        (100000, "十万"),
        (100010, "十万零一十"),
        (120000000, "一亿二千万"),
        (105000000, "一亿零五百万"),
        (100000005, "一亿零五"),
        (10**12, "一万亿"),
        (123456789012, "一千二百三十四亿五千六百七十八万九千零一十二"),
    ],
)
def test_renderer(n: int, text: str) -> None:
    assert render(n) == text
    assert parse_chinese_numeral(text) == n


@NUMERALS
@given(n=st.integers(min_value=0, max_value=10**12))
def test_chinese_numeral_round_trip(n: int) -> None:
    assert parse_chinese_numeral(render(n)) == n


# Numbers with many zero places, where the 零 rules bite: 1 to 4 non-zero digits at random places.
sparse = st.lists(
    st.tuples(st.integers(min_value=0, max_value=12), st.integers(min_value=1, max_value=9)),
    min_size=1,
    max_size=4,
).map(lambda places: min(10**12, sum(d * 10**p for p, d in dict(places).items())))


@NUMERALS
@given(n=sparse)
def test_chinese_numeral_round_trip_with_zero_places(n: int) -> None:
    assert parse_chinese_numeral(render(n)) == n


@NUMERALS
@given(n=st.one_of(st.integers(min_value=1, max_value=10**12), sparse))
def test_chinese_money_amount_is_found(n: int) -> None:
    written = render(n) + "元"
    found = find_quantities(written)
    assert [(q.start, q.end, q.value, q.unit) for q in found] == [(0, len(written), n, "元")], written
