"""Finding quantities in normalised text: the number, its magnitude and its unit.

Input is text already normalised by ``taizhang.text.normalise`` (Simplified characters, ASCII
digits and punctuation, same length as the original), so every offset found here indexes the
original document too.

A *quantity* is a number with a unit: ``百亿元``, ``1.6万亿``, ``4.2万人``, ``7%``, ``八成``,
``30个``, ``50强``. Numbers without a unit (years, list markers, ``5.0``, ``1+6+3``) are not
quantities and never become targets.

    >>> [(q.value, q.unit) for q in find_quantities("推动工业投资突破百亿元，新增就业4.2万人")]
    [(Decimal('10000000000'), '元'), (Decimal('42000.0'), '人')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from taizhang.extract.lexicon import Unit, load_numerals, load_roles, load_units, matches_at
from taizhang.extract.segments import Span

# A number in Arabic digits, with optional thousands separators and decimals: 1,200  133.3  8870;
# a mirror's typesetting may put a space on either side of the decimal point (6 . 5%).
_ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?: ?\. ?\d+)?"
# Chinese numerals: 三十  一百二十  两千  百亿  二〇二三 (the digits are read one by one then)
_CHINESE = "零〇○一二两三四五六七八九十百千万亿"
# The first character of every quantity the pattern reads.
_NUMBER_START = re.compile(rf"[\d{_CHINESE}]")

# Characters which, right before a number, mean it is part of a code or a name (PM2.5, G240, 1+6+3).
_NAME_BEFORE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+._/#每")
# A position: 前三名, 第5位(以内). After 第 only 名/位 make a rank; 第二十届 is an ordinal.
_RANK_BEFORE = "前第"
_RANK_UNITS = ("名", "位")
_NAME_AFTER = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+")

# The longest whole part an amount is written with: 16 digits is ten thousand trillion.
_MAX_DIGITS = 16
_YEARS = Unit("年", "年", Decimal(1), "level")
# Words between a number and its unit, or just after, that make the amount approximate: 500余项, 670多平方公里.
_APPROX = "余多"
# Range joiners: 5.5%-6.5%, 5%—6%, 5%至6%, 5~6%
_RANGE = "-—–~〜至到"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number with its unit, as found in the text.

    ``start``/``end`` cover the number and unit (``百亿元``, ``500余项``); ``value`` is in
    ``unit`` (base units). ``approx`` is set by 余/多; ``chinese`` when written in Chinese numerals;
    ``range_role`` is "low"/"high" for the two ends of a range (增长5.5%-6.5%), else None.
    """

    start: int
    end: int
    value: Decimal
    unit: str
    measure: str
    value_text: str
    approx: bool = False
    chinese: bool = False
    bare_magnitude: bool = False
    range_role: str | None = None


def parse_chinese_numeral(text: str) -> Decimal | None:
    """The value of a Chinese numeral, or None when it is not a well-formed number.

    >>> parse_chinese_numeral("一百二十"), parse_chinese_numeral("百亿"), parse_chinese_numeral("二〇二三")
    (Decimal('120'), Decimal('10000000000'), Decimal('2023'))
    >>> parse_chinese_numeral("十四五") is None
    True
    """
    table = load_numerals()
    if not text or any(ch not in table for ch in text):
        return None
    kinds = [table[ch][1] for ch in text]
    if all(k == "digit" for k in kinds):
        if len(text) == 1:
            return Decimal(table[text][0])
        if not any(table[ch][0] == 0 for ch in text):
            return None  # 两两, 一二: words, not numbers; a digit sequence is written with 〇 (二〇二三)
        return Decimal("".join(str(table[ch][0]) for ch in text))
    total = Decimal(0)  # completed 亿 sections
    section = Decimal(0)  # completed 万 section inside the current 亿
    group = Decimal(0)  # current group below 万
    digit: int | None = None
    last_multiplier = 10**9
    zero_seen = False
    for ch in text:
        value, kind = table[ch]
        if kind == "digit":
            if digit is not None and digit != 0 and value != 0:
                return None  # 二三 inside a place-value number
            zero_seen = zero_seen or value == 0
            digit = value
        elif kind == "multiplier":
            if value >= last_multiplier:
                return None  # 十百 or 十四五 is no number
            group += (digit if digit is not None else 1) * value
            digit = None
            last_multiplier = value
        else:  # section: 万 or 亿
            amount = group + (digit or 0)
            if amount == 0 and (section or total) and not (value == 100000000 and section and not total):
                return None  # 十万万, 一亿亿: a section with nothing in it (万亿 alone is fine)
            if value == 10000:
                section += (amount or 1) * value
            else:
                below = section + amount
                total = (total + (below or 1)) * value
                section = Decimal(0)
            group = Decimal(0)
            digit = None
            last_multiplier = 10**9
            zero_seen = False
    if digit is not None:
        if 10 < last_multiplier < 10**9 and group > 0 and not zero_seen:
            # 一百二 → 120, 两千五 → 2500: colloquially the digit fills the next place down.
            group += digit * (last_multiplier // 10)
        else:
            group += digit
    return total + section + group


def _magnitude(text: str) -> Decimal | None:
    """The factor of a run of magnitude characters after an Arabic number: 万 → 1e4, 万亿 → 1e12."""
    if not text:
        return Decimal(1)
    return parse_chinese_numeral(text)


@cache
def _quantity_pattern() -> re.Pattern[str]:
    units = sorted(load_units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    magnitude = "[十百千]?(?:万亿|万|亿)|[十百千]"  # 万, 千万, 百亿, 万亿, 千 — never 万千
    chinese = rf"[{_CHINESE}]+(?:点[零〇○一二两三四五六七八九]+[万亿]{{0,2}})?"  # 百分之五点五, 三点五万
    number = rf"(?P<arabic>{_ARABIC})(?P<mag>{magnitude})?|(?P<chinese>{chinese})"
    return re.compile(
        rf"(?P<percent_zh>百分之)?(?:{number})(?P<approx>[{_APPROX}])?(?P<unit>{unit_alt})?(?P<approx2>[{_APPROX}])?"
    )


def _unit_for(surface: str | None) -> Unit | None:
    if not surface:
        return None
    return load_units().get(surface)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (normalised), in order. Numbers without a unit are skipped."""
    found: list[Quantity] = []
    for m in _quantity_matches(text):
        q = _read_match(text, m)
        if q is not None:
            found.append(q)
    return _mark_ranges(text, found)


def _quantity_matches(text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, tried only where a number can start (a digit or a Chinese numeral:
    百分之 starts with 百), not at every character."""
    return matches_at(_quantity_pattern(), _NUMBER_START, text)


class QuantityIndex:
    """Quantities looked up by where they start: those inside a span in O(log n), not a scan of all.

    A clause or part asks only for its own quantities, so reading a document stays linear in its
    length however many numbers it holds (issue 13: a scan per clause made 1 MB take minutes).
    """

    def __init__(self, quantities: Sequence[Quantity]) -> None:
        self._quantities = quantities
        self._order = sorted(range(len(quantities)), key=lambda i: quantities[i].start)
        self._starts = [quantities[i].start for i in self._order]

    def within(self, span: Span) -> list[Quantity]:
        """The quantities starting inside ``span``, in the order they were given."""
        lo, hi = bisect_left(self._starts, span.start), bisect_left(self._starts, span.end)
        return [self._quantities[i] for i in sorted(self._order[lo:hi])]

    def first_start(self, span: Span) -> int | None:
        """The smallest start of a quantity inside ``span``, or None when it holds none."""
        lo = bisect_left(self._starts, span.start)
        return self._starts[lo] if lo < len(self._starts) and self._starts[lo] < span.end else None


def read_alone(text: str) -> Quantity | None:
    """The quantity that is the whole of ``text`` (normalised), as a person types one into a form.

    The grammar is that of :func:`find_quantities`; only the checks that tell a count from a name
    in running text (七个方面) are left out, since a value typed alone names nothing.

    >>> [(q.value, q.unit) for q in map(read_alone, ("8成", "八成", "八十亿", "五个"))]
    [(Decimal('80'), '%'), (Decimal('80'), '%'), (Decimal('8000000000'), '元'), (Decimal('5'), '个')]
    >>> read_alone("3-5亿元") is None
    True
    """
    m = _quantity_pattern().fullmatch(text)
    if m is None:
        return None
    q = _read_match(text, m, alone=True)
    if q is None or q.start != 0 or any(ch not in _APPROX for ch in text[q.end :]):
        return None
    return q


# After 个: a pinyin reading a mirror inserted (个(gè)百分点), or more values of a list, then 百分点.
_READING = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])?"
_POINTS_AFTER = re.compile(
    rf"(?P<own>{_READING}百分点)|(?:{_READING}\s*[和、及与]\s*\d+(?:\.\d+)?\s*个?{_READING})+\s*百分点"
)


def _read_match(text: str, m: re.Match[str], *, alone: bool = False) -> Quantity | None:
    start, end = m.start(), m.end()
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    arabic, mag, numeral_zh, unit_surface, percent_zh = m.group("arabic", "mag", "chinese", "unit", "percent_zh")
    if _unitless(arabic, mag, numeral_zh, unit_surface, percent_zh, after):
        return None
    if before in _NAME_BEFORE or (arabic and before.isdigit()):
        return None
    if arabic and after in _NAME_AFTER:
        return None  # 5G, 3D: a name; but 千亿GDP强区 is an amount
    if after == "." and end + 1 < len(text) and text[end + 1].isdigit():
        return None

    chinese = numeral_zh is not None
    if chinese:
        numeral = numeral_zh
        if numeral[0] in "万亿" and numeral != "万亿":
            return None  # a bare 亿 or 万 (超亿元项目) is a qualifier's word, not a number
        whole, _, fraction = numeral.partition("点")
        value = parse_chinese_numeral(whole)
        if value is None:
            return None
        if fraction:
            numerals = load_numerals()
            places = fraction.rstrip("万亿")
            scale = parse_chinese_numeral(fraction[len(places) :]) if len(places) < len(fraction) else Decimal(1)
            value = (value + Decimal("0." + "".join(str(numerals[ch][0]) for ch in places))) * (scale or 1)
        bare = numeral_zh[0] in "十百千万亿" and numeral_zh[-1] in "万亿"
    else:
        digits = arabic.replace(",", "").replace(" ", "")
        if len(digits.split(".")[0]) > _MAX_DIGITS:
            return None  # a run of digits no plan writes as an amount (a code, a table's stray line)
        try:
            base = Decimal(digits)
        except InvalidOperation:
            return None
        factor = _magnitude(mag or "")
        if factor is None:
            return None
        value = base * factor
        bare = False

    unit = _unit_for(unit_surface)
    magnitude_text = numeral_zh if chinese else (mag or "")
    if not chinese and magnitude_text:
        # 5千米, 300万千瓦: a unit that begins with a magnitude character takes it back
        split = _split_magnitude(text, m.start("mag"), magnitude_text)
        if split is not None:
            cut, unit = split
            value = base * (_magnitude(magnitude_text[:cut]) or Decimal(1))
            magnitude_text = magnitude_text[:cut]
            end = m.start("mag") + cut + len(unit.surface)
    if unit is not None and text.startswith(load_roles()["not_a_unit"], m.start("unit")):
        unit, end = None, m.start("unit")  # 三千亿台阶: 台 begins a word here, it is no classifier
    if unit is not None and unit.measure == "rank" and (magnitude_text.endswith(("万", "亿")) or value >= 10000):
        unit, end = None, m.start("unit")  # 千亿强县 is an amount, not a rank
    if percent_zh:
        unit = load_units()["%"]
    if before in _RANK_BEFORE and unit is not None and unit.surface in _RANK_UNITS:
        unit = load_units()["强"]  # 前三名, 第5位: a rank, reported in 名
    elif before == "第":
        return None
    if unit is None and after == "年" and "." in (arabic or ""):
        unit, end = _YEARS, end + 1  # 受教育年限11.8年: a duration (a year is never written with a decimal)
    if unit is None:
        # 千亿 / 500亿 with no unit after: money in 元 is the only reading in plans ("破千亿", "千亿强县").
        if magnitude_text and magnitude_text.endswith("亿") and not after.isdigit():
            unit = load_units()["元"]
        else:
            return None
    if unit.surface == "个":
        points = _POINTS_AFTER.match(text, end)
        if points is not None:
            # 1.7个(gè)百分点: a mirror's reading inside the unit; 9.5个和11.4个百分点: a list sharing it
            unit = load_units()["个百分点"]
            end = points.end() if points.group("own") else end
    if chinese and not alone and not _chinese_count_ok(value, unit, m, text):
        return None
    if chinese and not alone and unit.measure == "count" and text.startswith(load_roles()["not_after_classifier"], end):
        return None
    value = value * unit.factor
    approx = bool(m.group("approx") or m.group("approx2"))
    if m.group("approx2") and unit_surface:
        end -= 1  # 300家多 is rare; keep the span on number and unit
    return Quantity(
        start=start,
        end=end,
        value=value,
        unit=unit.base,
        measure=unit.measure,
        value_text=text[start:end],
        approx=approx,
        chinese=chinese,
        bare_magnitude=bare,
    )


def _unitless(
    arabic: str | None, mag: str | None, numeral_zh: str | None, unit: str | None, percent_zh: str | None, after: str
) -> bool:
    """A number that no unit can follow (一是, 第三, 2023 in 2023年): about a third of all matches,
    told without parsing them. 千亿 still stands for 元, 11.8年 for years, and 5千米 hides its unit
    in the magnitude, so they are read in full."""
    if unit or percent_zh or mag:
        return False
    if after == "年" and "." in (arabic or ""):
        return False
    return not (numeral_zh or "").endswith("亿")


def _split_magnitude(text: str, at: int, magnitude: str) -> tuple[int, Unit] | None:
    """Where a unit begins inside a run of magnitude characters (万千瓦 → 万 + 千瓦), if anywhere."""
    for cut in range(len(magnitude)):
        for unit in _magnitude_units():
            if text.startswith(unit.surface, at + cut) and _magnitude(magnitude[:cut]) is not None:
                return cut, unit
    return None


@cache
def _magnitude_units() -> tuple[Unit, ...]:
    """The units that begin with a magnitude character (千瓦, 万人次), longest first."""
    units = [u for u in load_units().values() if u.surface[0] in "十百千万亿"]
    return tuple(sorted(units, key=lambda u: len(u.surface), reverse=True))


def _chinese_count_ok(value: Decimal, unit: Unit, m: re.Match[str], text: str) -> bool:
    """Chinese numerals name things as often as they count them (七个方面, 两中心, 五个一).

    A Chinese-numeral count is taken only from ten upwards (十件, 一百二十个) or with a
    comparator after it (三个以上); measures, money and 成 are always taken (三万亩, 八成).
    """
    if unit.measure != "count":
        return True
    if m.group("chinese") in ("百", "千", "万"):
        return False  # 百名干部, 千人: a bare place value before a classifier is a slogan, not a count
    if value >= 10:
        return True
    # 企业三家、…: a numeral after its noun, closing the phrase, counts; 七个方面 names.
    after = text[m.end() : m.end() + 2]
    return after.startswith(("以上", "左右", "以内")) or (after[:1] in ",，、;；。" and after != "")


def _mark_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join ``5.5%-6.5%`` and ``5.5-6.5%`` into a low and a high end.

    A range's low end written without its unit (``5.5-6.5%``) is found here: it has no unit of
    its own, so ``find_quantities`` skipped it.
    """
    out: list[Quantity] = []
    for q in found:
        k = q.start - 1
        if k >= 1 and text[k] in _RANGE:
            prev = out[-1] if out else None
            if prev is not None and prev.end == k and prev.unit == q.unit:
                out[-1] = _with_role(prev, "low")
                out.append(_with_role(q, "high"))
                continue
            m = re.search(rf"({_ARABIC})([万亿]*)$", text[max(0, k - 12) : k])
            high = re.match(_ARABIC, q.value_text)
            if m is not None and high is not None:
                low_start = k - len(m.group(0))
                if low_start > 0 and (text[low_start - 1] in _NAME_BEFORE or text[low_start - 1].isdigit()):
                    out.append(q)
                    continue
                low = Decimal(m.group(1).replace(",", ""))
                unit = load_units().get(q.unit)
                unit_factor = unit.factor if unit is not None else Decimal(1)
                # 5-6亿元: the low end shares the high end's magnitude; 3万-5万人 writes its own
                factor = (
                    _magnitude_of(m.group(2)) * unit_factor
                    if m.group(2)
                    else q.value / Decimal(high.group().replace(",", ""))
                    if Decimal(high.group().replace(",", ""))
                    else unit_factor
                )
                out.append(
                    Quantity(
                        start=low_start,
                        end=k,
                        value=low * factor,
                        unit=q.unit,
                        measure=q.measure,
                        value_text=text[low_start:k],
                        range_role="low",
                    )
                )
                out.append(_with_role(q, "high"))
                continue
        out.append(q)
    return out


def _magnitude_of(word: str) -> Decimal:
    """万 → 10^4, 亿 → 10^8, 万亿 → 10^12."""
    factor = Decimal(1)
    for ch in word:
        factor *= Decimal(10) ** (4 if ch == "万" else 8)
    return factor


def _with_role(q: Quantity, role: str) -> Quantity:
    return Quantity(
        start=q.start,
        end=q.end,
        value=q.value,
        unit=q.unit,
        measure=q.measure,
        value_text=q.value_text,
        approx=q.approx,
        chinese=q.chinese,
        bare_magnitude=q.bare_magnitude,
        range_role=role,
    )
