"""Find a document's publication date in its text.

Chinese government texts carry their date near the top (a news item's "发布时间：2023-01-20",
a work report's "——2023年1月10日在……大会上") or in the signature at the end
("江门市人民政府\\n2023年1月20日"). ``find_publication_date`` looks in those two places, the head
first, and reads dates written with Arabic digits (half- or full-width), with ``-``, ``.`` or ``/``
between the parts, or in Chinese numerals (``二〇二三年一月二十日``). Pure: no clock, no files.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from taizhang.messages import M, Message

__all__ = [
    "DATE_SOURCES",
    "HEAD_CHARS",
    "TAIL_CHARS",
    "DocumentDate",
    "date_note",
    "document_date",
    "find_publication_date",
    "parse_dates",
]

HEAD_CHARS = 600
TAIL_CHARS = 400
_MIN_YEAR = 1949
_MAX_YEAR = 2100

_DIGIT = "[0-9０-９]"
_SPACE = "[ \t\u3000]*"
_ZERO = "〇零○ＯO"
_CN_DIGITS = "一二三四五六七八九"
_CN_SMALL = f"{_CN_DIGITS}十廿"

# 2023年1月20日, ２０２３年１月２０日 (日 or 号)
_ARABIC_CJK = re.compile(
    rf"(?<![0-9０-９])(?P<y>{_DIGIT}{{4}}){_SPACE}年{_SPACE}(?P<m>{_DIGIT}{{1,2}}){_SPACE}月"
    rf"{_SPACE}(?P<d>{_DIGIT}{{1,2}}){_SPACE}[日号]"
)
# 2023-01-20, 2023.01.20, 2023/1/20: the same separator twice, no digit or separator around.
_ARABIC_SEP = re.compile(
    rf"(?<![0-9０-９.\-/])(?P<y>{_DIGIT}{{4}})(?P<sep>[-./－．／])(?P<m>{_DIGIT}{{1,2}})(?P=sep)"
    rf"(?P<d>{_DIGIT}{{1,2}})(?![0-9０-９]|[.\-/][0-9])"
)
# 二〇二三年一月二十日
_CHINESE = re.compile(
    rf"(?P<y>[{_ZERO}{_CN_DIGITS}]{{4}})年(?P<m>[{_CN_SMALL}]{{1,3}})月(?P<d>[{_CN_SMALL}]{{1,4}})[日号]"
)
# A date right after one of these words is the publication date, wherever it is in the head.
_LABEL = re.compile(r"(发布|發布|印发|印發|成文|公布|发文|發文)(时间|時間|日期)?[:：\s]*$")

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_VALUES = {char: value for value, char in enumerate(_CN_DIGITS, start=1)}
_CN_VALUES.update(dict.fromkeys(_ZERO, 0))


DateSource = Literal["text", "given", "file"]
DATE_SOURCES: tuple[DateSource, ...] = ("text", "given", "file")


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """The date a document's 今年/全年 are read against, and where it came from.

    ``source`` is "text" (the document's own date, found in it), "given" (``--date``, an upload's
    发布日期, a reviewer) or "file" (the file's modification date: a guess), None when there is none.
    """

    date: datetime.date | None
    source: DateSource | None

    @property
    def guessed(self) -> bool:
        """The date is not the document's own nor given by a person: its years need a reviewer."""
        return self.source not in ("text", "given")


def document_date(
    text: str, *, given: datetime.date | None = None, file_date: datetime.date | None = None
) -> DocumentDate:
    """The one rule for a document's date, the same for extract, ingest and upload.

    The document's own date found in its text comes first, then the date a person gave, then the
    file's modification date, which is only a guess (``guessed``: said in the output, flagged on
    the document). A year written beside a target (2024年主要预期目标) wins over all of these;
    that is the extractor's to read.

    >>> document_date("江门市人民政府\\n2023年1月20日", given=datetime.date(2025, 1, 15))
    DocumentDate(date=datetime.date(2023, 1, 20), source='text')
    >>> document_date("工业投资增长10%", file_date=datetime.date(2026, 3, 1)).guessed
    True
    """
    found = find_publication_date(text)
    if found is not None:
        return DocumentDate(found, "text")
    if given is not None:
        return DocumentDate(given, "given")
    if file_date is not None:
        return DocumentDate(file_date, "file")
    return DocumentDate(None, None)


def date_note(chosen: DocumentDate, given: datetime.date | None = None) -> Message | None:
    """What a person should know about the date a document was read with (None: the one they gave)."""
    if chosen.source == "text":
        if given == chosen.date:
            return None
        if given:
            return M("date.in_text_over_given", date=chosen.date, given=given.isoformat())
        return M("date.in_text", date=chosen.date)
    if chosen.source == "file":
        return M("date.file", date=chosen.date)
    if chosen.source is None:
        return M("date.none")
    return None


def find_publication_date(text: str) -> datetime.date | None:
    """The publication date of ``text``, or ``None``.

    In the first ``HEAD_CHARS`` characters: a date labelled 发布时间/成文日期/印发… if any, else the
    first date. Failing that, the last date in the last ``TAIL_CHARS`` characters (the signature).
    Impossible dates (2023年2月30日) and years outside 1949-2100 are skipped.
    """
    head = text[:HEAD_CHARS]
    dated = parse_dates(head)
    for start, day in dated:
        if _LABEL.search(head[max(0, start - 12) : start]):
            return day
    if dated:
        return dated[0][1]
    tail_start = max(0, len(text) - TAIL_CHARS)
    signed = parse_dates(text[tail_start:])
    return signed[-1][1] if signed else None


def parse_dates(text: str) -> list[tuple[int, datetime.date]]:
    """Every valid full date in ``text`` as ``(offset, date)``, in order of offset."""
    found: dict[int, datetime.date] = {}
    for pattern, reader in ((_ARABIC_CJK, _arabic), (_ARABIC_SEP, _arabic), (_CHINESE, _chinese)):
        for match in pattern.finditer(text):
            parts = reader(match["y"]), reader(match["m"]), reader(match["d"])
            if None in parts:
                continue
            day = _valid_date(*parts)
            if day is not None:
                found.setdefault(match.start(), day)
    return sorted(found.items())


def _valid_date(year: int | None, month: int | None, day: int | None) -> datetime.date | None:
    if year is None or month is None or day is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _arabic(digits: str) -> int | None:
    return int(digits.translate(_FULL_WIDTH_DIGITS))


def _chinese(numeral: str) -> int | None:
    """A year written digit by digit (二〇二三) or a month/day (十, 十二, 二十, 二十一, 廿一, 三十一)."""
    if "十" not in numeral and "廿" not in numeral:
        if len(numeral) == 1 or len(numeral) == 4:
            value = 0
            for char in numeral:
                value = value * 10 + _CN_VALUES[char]
            return value
        return None
    tens_char, sep, ones_char = numeral.partition("十") if "十" in numeral else ("二", "廿", numeral[1:])
    if sep == "廿" and numeral[0] != "廿":
        return None
    if len(tens_char) > 1 or len(ones_char) > 1 or "十" in ones_char or "廿" in ones_char:
        return None
    tens = _CN_VALUES.get(tens_char, -1) if tens_char else 1
    ones = _CN_VALUES.get(ones_char, -1) if ones_char else 0
    if tens <= 0 or ones < 0:
        return None
    return tens * 10 + ones
