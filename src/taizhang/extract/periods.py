"""The reporting period of an actual: which months of which year a reported value covers.

A value reported as a result (全年地区生产总值4469亿元, 1-9月完成工业投资74.1亿元, 上半年…下降3.1%)
covers a period that has passed by the publication date. The period is read from the nearest
period word before the value in its sentence (periods.tsv, month ranges, 截至9月底, 9月份);
the year from the nearest year before it in the sentence (2023年, 去年, 今年), else the
paragraph's, else the latest year whose period has ended before the publication date.
Pure functions: text and dates in, a period out.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date as Date
from functools import cache, lru_cache

from taizhang.data import data_rows
from taizhang.extract.lexicon import any_of, load_roles

# 1-9月, 1至9月, 1～9月: a range of months; 9月份, 9月: one month; 截至9月底 / 9月末: since January.
_MONTH_RANGE = re.compile(r"(?<!\d)(1[0-2]|[1-9])\s*[-—－–~～至到]\s*(1[0-2]|[1-9])\s*月")
_UNTIL_MONTH = re.compile(
    r"(?:(?:截至|截止|至)(?:目前|[^,，。；;]{0,6}?)?(?<!\d)(1[0-2]|[1-9])月(?:底|末|份)?|(?<![\d-])(1[0-2]|[1-9])月(?:底|末))"
)
_MONTH = re.compile(r"(?<![\d-])(1[0-2]|[1-9])\s*月(?:份)?(?![\d底末])")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!以来|同期|底前|前)|(去年|上年|上一年|前一年)|(今年|本年)")


@dataclass(frozen=True, slots=True)
class Period:
    start: Date
    end: Date
    cumulative: bool


@cache
def _period_words() -> dict[str, tuple[int, int, bool]]:
    return {w: (int(a), int(b), c == "true") for w, a, b, c, _ in data_rows("periods.tsv")}


@cache
def _period_pattern() -> re.Pattern[str]:
    return any_of(tuple(_period_words()))


@lru_cache(maxsize=4096)  # the same paragraph and title are read for every actual in them
def months_before(text: str) -> tuple[int, int, bool] | None:
    """(first month, last month, cumulative) of the last period named in ``text``, or None."""
    words = _period_words()
    found: list[tuple[int, int, tuple[int, int, bool]]] = []  # (start, end, months)
    for m in _period_pattern().finditer(text):
        found.append((m.start(), m.end(), words[m.group()]))
    for m in _MONTH_RANGE.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last:
            found.append((m.start(), m.end(), (first, last, first == 1)))
    for m in _UNTIL_MONTH.finditer(text):
        found.append((m.start(), m.end(), (1, int(m.group(1) or m.group(2)), True)))
    for m in _MONTH.finditer(text):
        if not any(start <= m.start() < end for start, end, _ in found):  # not the 9月 of 1-9月
            month = int(m.group(1))
            found.append((m.start(), m.end(), (month, month, month == 1)))
    if not found:
        return None
    return max(found, key=lambda f: f[1])[2]


def without_period(phrase: str) -> str:
    """``phrase`` without the period words that open it: 1-9月完成工业投资 → 完成工业投资."""
    pattern = _leading_period()
    while True:
        m = pattern.match(phrase)
        if not m or not m.group():
            return phrase
        phrase = phrase[m.end() :]


@cache
def _leading_period() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_period_words(), key=len, reverse=True))
    return re.compile(
        rf"[\s,，、]*(?:(?:19|20)\d\d\s*年|{_MONTH_RANGE.pattern}|{_UNTIL_MONTH.pattern}|{_MONTH.pattern}|{words})"
    )


@lru_cache(maxsize=4096)
def year_before(text: str, doc_year: int | None) -> int | None:
    """The last year named in ``text`` (2023年, 去年, 今年), or None."""
    year = None
    for m in _YEAR.finditer(text):
        if m.group(1):
            if any_of(load_roles()["period_year_lead"]).search(text[max(0, m.start() - 2) : m.start()]):
                continue  # 到2025年: a horizon, not the period of a result
            year = int(m.group(1))
        elif doc_year is not None:
            year = doc_year - 1 if m.group(2) else doc_year
    return year


def period_of(before: str, doc_date: Date | None, *context: str) -> Period | None:
    """The period a value covers, from the text before it in its sentence.

    ``context`` are earlier texts that may name the period when the sentence does not (the
    paragraph before the sentence, the document's title), nearest first; ``doc_date`` is the
    publication date. Without any year, the period is the latest one ended before ``doc_date``.
    """
    doc_year = doc_date.year if doc_date else None
    texts = (before, *context)
    months = next((m for m in map(months_before, texts) if m is not None), (1, 12, True))
    first, last, cumulative = months
    year = next((y for y in (year_before(t, doc_year) for t in texts) if y is not None), None)
    if year is None:
        if doc_date is None:
            return None
        year = doc_date.year if last < doc_date.month else doc_date.year - 1
    return _period(year, first, last, cumulative)


@lru_cache(maxsize=1024)  # a document's actuals cover a handful of periods
def _period(year: int, first: int, last: int, cumulative: bool) -> Period:
    return Period(Date(year, first, 1), Date(year, last, calendar.monthrange(year, last)[1]), cumulative)
