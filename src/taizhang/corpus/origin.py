"""Where a document comes from and when, read without flags: its issuing region and its date.

A corpus has no ``--region`` per file. ``find_origin`` reads them from the document first (its
title, header and signature: "——2024年1月10日在霍邱县第十八届人民代表大会第三次会议上",
"霍邱县人民政府", "霍邱县2023年国民经济和社会发展统计公报"), then from its path
(``…/2023/安徽省/霍邱县.txt``), then from what the caller gave for the whole corpus, and says which
it used (``region_source`` / ``date_source``: ``text``, ``path``, ``flag`` or ``none``).

Regions are found by the one region finder (``extract.regions``), the date by the one date rule
(``text.dates.find_publication_date``). Pure: no files are read, no clock.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath
from typing import Literal

from taizhang.extract.kinds import document_kind
from taizhang.extract.lexicon import any_of, load_roles
from taizhang.extract.regions import Region, load_regions
from taizhang.text.dates import HEAD_CHARS, TAIL_CHARS, find_publication_date
from taizhang.text.normalise import normalise

__all__ = ["SOURCES", "Origin", "Source", "find_origin", "region_in_path", "region_in_text", "year_in_path"]

Source = Literal["text", "path", "flag", "none"]
SOURCES: tuple[Source, ...] = ("text", "path", "flag", "none")

WORDS_FILE = "origins.tsv"
# Between a region's name and the word naming its body: spaces, and a year (2023年, 二〇二三年).
_BETWEEN = re.compile(
    r"[ \t\u3000]*(?:(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})[ \t\u3000]*年(?:度)?)?[ \t\u3000]*"
    r"(?:第?[一二三四五六七八九十]{1,3}届)?"
)
# A year in a title (2024年政府工作报告, 2023年国民经济和社会发展统计公报).
_TITLE_YEAR = re.compile(r"(?<![0-9])((?:19[5-9]|20[0-9])[0-9])[ \t\u3000]*年")
# A year the text speaks of (2025年全市经济社会发展主要预期目标), not a horizon (到2035年).
_YEAR_MENTION = re.compile(r"(?<![0-9到至])((?:19[5-9]|20[0-9])[0-9])[ \t\u3000]*年")
# A year in a path part (2023, 2023年, hebei-2022, 2024-gzbg); never inside a longer number.
_PATH_YEAR = re.compile(r"(?<![0-9])((?:19[5-9]|20[0-9])[0-9])(?![0-9])")
# Kinds of document that report on a year and are published in the next.
_A_YEAR_AFTER = frozenset({"bulletin", "summary"})
_TITLE_LINES = 4
_PAST_REACH = 8  # characters before a year searched for a word that looks back on it
_TITLE_LINE_CHARS = 80


@dataclass(frozen=True, slots=True)
class Origin:
    """A document's issuing region and date, and where each was found.

    ``date`` is set only when a full date was found (in the text, or given); ``year`` whenever any
    year is known (a title's 2024年政府工作报告, a path's 2023/ folder), and is the year of ``date``
    when there is one.
    """

    region: Region | None
    region_source: Source
    date: datetime.date | None
    year: int | None
    date_source: Source

    @property
    def reading_date(self) -> datetime.date | None:
        """The date the extractor reads 今年 against: the date, else 1 January of the year."""
        if self.date is not None:
            return self.date
        return datetime.date(self.year, 1, 1) if self.year is not None else None


def find_origin(
    text: str,
    path: str | PurePath | None = None,
    *,
    region: str | None = None,
    date: datetime.date | None = None,
) -> Origin:
    """The region and date of the document ``text`` found at ``path``.

    The text comes first, then the path, then ``region`` / ``date`` (the caller's default for every
    file of a corpus: ``--region``, ``--date``).
    """
    found, region_source = _region_of(text, path, region)
    day, year, date_source = _date_of(text, path, date)
    return Origin(found, region_source, day, year, date_source)


def _region_of(text: str, path: str | PurePath | None, given: str | None) -> tuple[Region | None, Source]:
    found = region_in_text(text)
    if found is not None:
        return found, "text"
    found = region_in_path(path) if path is not None else None
    if found is not None:
        return found, "path"
    found = load_regions().resolve(given) if given else None
    if found is not None:
        return found, "flag"
    return None, "none"


def _date_of(
    text: str, path: str | PurePath | None, given: datetime.date | None
) -> tuple[datetime.date | None, int | None, Source]:
    day = find_publication_date(text)
    if day is not None:
        return day, day.year, "text"
    year = year_in_title(text)
    if year is None:
        year = year_in_head(text)
    if year is not None:
        return None, year, "text"
    if path is not None:
        year = year_in_path(path)
        if year is not None:
            return None, year, "path"
    if given is not None:
        return given, given.year, "flag"
    return None, None, "none"


def region_in_text(text: str) -> Region | None:
    """The region that issued ``text``: one named as a body's or a meeting's (霍邱县人民政府, 在霍邱县
    第十八届人民代表大会, 霍邱县2023年…统计公报) in the head, else in the signature at the end, else
    the first region named in the title lines."""
    norm = normalise(text)
    head = norm[:HEAD_CHARS]
    issuers = _issuers(head)
    if issuers:
        return issuers[0]
    tail_start = max(len(head), len(norm) - TAIL_CHARS)
    signed = _issuers(norm[tail_start:])
    if signed:
        return signed[-1]
    for where in (_title(norm), head):
        found = _most_specific([m.region for m in load_regions().find_mentions(where)])
        if found is not None:
            return found
    return None


def year_in_title(text: str) -> int | None:
    """The year a title names (2024年政府工作报告), for a document whose date is nowhere in its text.

    A statistical bulletin's year is that of the results it reports, published the year after:
    the document's year is the next one."""
    title = _title(normalise(text))
    found = _TITLE_YEAR.search(title)
    if found is None:
        return None
    year = int(found.group(1))
    return year + 1 if document_kind(title) in _A_YEAR_AFTER else year


def year_in_head(text: str) -> int | None:
    """The latest year the head of a text speaks of, horizons (到2035年) aside.

    A year the text looks back on (回顾了2017年工作, 刚刚过去的2024年, 2023年工作回顾) stands for the
    year after: a work report reviews the year before its own. So does every year of a bulletin or a
    summary, which report on the year before their publication."""
    head = normalise(text[:HEAD_CHARS])
    after = document_kind(_title(head), head) in _A_YEAR_AFTER
    before_words, after_words = _past_words()
    years = []
    for found in _YEAR_MENTION.finditer(head):
        year = int(found.group(1))
        past = before_words.search(head[max(0, found.start() - _PAST_REACH) : found.start()])
        past = past or after_words.match(head, found.end())
        years.append(year + 1 if past or after else year)
    return max(years) if years else None


@cache
def _past_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words right before a year (ending where it starts) and right after its 年 that look back on it."""
    roles = load_roles(WORDS_FILE)
    before = any_of(roles["past_before"]).pattern
    return re.compile(f"(?:{before})\\s*$"), any_of(roles["past_after"])


def region_in_path(path: str | PurePath) -> Region | None:
    """The most specific region named by the folders and the file name of ``path``, each read in the
    context of the region the folders above it named (…/安徽省/六安市/霍邱县.txt)."""
    table = load_regions()
    found: Region | None = None
    for part in _parts(path):
        for mention in table.find_mentions(part, context=found):
            if found is None or table.contains(found, mention.region) or mention.region.level == "county":
                found = mention.region
    return found


def year_in_path(path: str | PurePath) -> int | None:
    """The year the last folder or file name naming one gives (…/2023/安徽省/霍邱县.txt → 2023)."""
    year = None
    for part in _parts(path):
        for found in _PATH_YEAR.finditer(part):
            year = int(found.group(1))
    return year


def _parts(path: str | PurePath) -> list[str]:
    pure = PurePath(path)
    return [*pure.parent.parts, pure.stem]


def _issuers(text: str) -> list[Region]:
    """Regions named right before a word naming a body or meeting of theirs, in text order."""
    words = _issuer_words()
    out = []
    for mention in load_regions().find_mentions(text):
        between = _BETWEEN.match(text, mention.end)
        at = between.end() if between else mention.end
        if words.match(text, at):
            out.append(mention.region)
    return out


@cache
def _issuer_words() -> re.Pattern[str]:
    return any_of(load_roles(WORDS_FILE)["issuer"])


def _title(norm: str) -> str:
    """The first few short lines without sentence punctuation: a title, a header."""
    lines = [line.strip() for line in norm[:HEAD_CHARS].splitlines() if line.strip()]
    short = [line for line in lines[:_TITLE_LINES] if len(line) <= _TITLE_LINE_CHARS]
    return "\n".join(line for line in short if not re.search(r"[。，,；;]", line))


def _most_specific(regions: list[Region]) -> Region | None:
    """The first region named, or one inside it named right after (江门市蓬江区 → 蓬江区)."""
    if not regions:
        return None
    table = load_regions()
    found = regions[0]
    for region in regions[1:]:
        if table.contains(found, region):
            found = region
    return found
