"""The indicator lexicon: what a target measures, as one canonical id per quantity.

``data/indicators.tsv`` lists the standard indicators of Chinese plans and work reports with their
aliases (its header says what each column means and where the names come from). Two questions are
asked of it:

- ``find(text)``: where are indicator names in a text? Every non-overlapping longest match, with its
  span in the text as given, so the extractor can take the indicator noun nearest before a number.
- ``canonical(phrase)``: which indicator is an extracted phrase? "经济总量" → gdp, "高企存量" →
  high_tech_enterprises, "规上工业企业开展技术改造" → tech_upgrade_enterprises; ``None`` when unsure.

Both compare *keys*: a text is folded (full-width ASCII, Latin case, quotes and spaces, GDP wordings,
规模以上 → 规上 …) before matching, and each key character remembers the text span it came from.
The table is read once, on first use (``load_indicators``); nothing happens at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

import ahocorasick  # type: ignore[import-not-found]  # pyahocorasick ships no type information

from taizhang.extract.lexicon import load_units, word_list, word_table
from taizhang.extract.record import MEASURES

__all__ = [
    "Indicator",
    "IndicatorLexicon",
    "IndicatorMention",
    "indicator_categories",
    "indicator_key",
    "indicator_units",
    "load_indicators",
    "parse_indicators",
]

DATA_FILE: Final = "indicators.tsv"
WORDS_FILE: Final = "indicator_words.tsv"  # the words around names: units, categories, rewrites, tails …


def _words(list_name: str) -> tuple[str, ...]:
    return word_list(WORDS_FILE, list_name)


@cache
def indicator_units() -> frozenset[str]:
    """The base units an indicators.tsv row may give: every base unit of units.tsv (the one unit
    table), and the rates only an indicator has (吨/万元, ‰), listed in indicator_words.tsv."""
    return frozenset(unit.base for unit in load_units().values()) | frozenset(_words("unit"))


@cache
def indicator_categories() -> frozenset[str]:
    """The categories an indicators.tsv row may give."""
    return frozenset(_words("category"))


_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_ALIAS_SEPARATOR = "、"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One row of indicators.tsv."""

    id: str
    name: str
    measure: str
    unit: str
    aliases: tuple[str, ...]
    category: str

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class IndicatorMention:
    """An indicator name found in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    indicator: Indicator
    surface: str


# ---------------------------------------------------------------------------------------------------
# Keys: the folded form both the table and the text are matched in.


@cache
def _rewrites() -> tuple[dict[str, str], re.Pattern[str]]:
    """The rewrites (word → its folded form) and one pattern finding them, longest first."""
    rewrites = dict(word_table(WORDS_FILE)["rewrite"])
    words = "|".join(re.escape(w) for w in sorted(rewrites, key=len, reverse=True) if w != "的")
    return rewrites, re.compile(words + "|的(?=比重|比例|比率|占比)")


_DROPPED: Final = frozenset("“”‘’「」『』\"'`")
_ROMAN: Final = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI"}


def _fold(ch: str) -> str:
    """One character as a key: quotes and spaces vanish, ＧＤＰ → GDP, （ → (, Ⅲ → III, gdp → GDP."""
    if ch in _DROPPED or ch.isspace():
        return ""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        ch = chr(code - 0xFEE0)
    return _ROMAN.get(ch, ch.upper() if ch.isascii() else ch)


@dataclass(frozen=True, slots=True)
class _Key:
    """A folded text; key character i came from ``text[starts[i]:ends[i]]``."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def _key(text: str) -> _Key:
    # Characters first, so that a rewrite also sees a name broken by a space or a line end (地区生产\n总值).
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        for k in _fold(ch):
            chars.append(k)
            spans.append((i, i + 1))
    folded = "".join(chars)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    rewrites, pattern = _rewrites()
    for m in pattern.finditer(folded):
        for i in range(pos, m.start()):
            out.append(folded[i])
            starts.append(spans[i][0])
            ends.append(spans[i][1])
        for k in rewrites[m.group()]:  # the rewrite's characters span the words they replace
            out.append(k)
            starts.append(spans[m.start()][0])
            ends.append(spans[m.end() - 1][1])
        pos = m.end()
    for i in range(pos, len(folded)):
        out.append(folded[i])
        starts.append(spans[i][0])
        ends.append(spans[i][1])
    return _Key("".join(out), tuple(starts), tuple(ends))


def indicator_key(text: str) -> str:
    """The folded form names are compared in: ``indicator_key("规模以上工业增加值") == "规上工业增加值"``."""
    return _key(text).text


# ---------------------------------------------------------------------------------------------------
# Reading the table.


def parse_indicators(text: str, source: str = DATA_FILE) -> tuple[Indicator, ...]:
    """The rows of an indicators.tsv text, checked; a bad row raises ``ValueError`` naming its line."""
    rows: list[Indicator] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{source}:{lineno}"
        if len(fields) != 6:
            raise ValueError(f"{where}: expected 6 tab-separated columns, found {len(fields)}")
        id_, name, measure, unit, aliases, category = (f.strip() for f in fields)
        if not _ID.fullmatch(id_):
            raise ValueError(f"{where}: id {id_!r} is not ASCII snake_case")
        if not name:
            raise ValueError(f"{where}: empty name")
        if measure not in MEASURES:
            raise ValueError(f"{where}: measure {measure!r} is not one of {', '.join(MEASURES)}")
        if unit not in indicator_units():
            raise ValueError(f"{where}: unit {unit!r} is not a known base unit")
        if category not in indicator_categories():
            raise ValueError(f"{where}: category {category!r} is not a known category")
        seen = {name}
        alias_list: list[str] = []
        for alias in (a.strip() for a in aliases.split(_ALIAS_SEPARATOR)):
            if alias and alias not in seen:
                seen.add(alias)
                alias_list.append(alias)
        rows.append(Indicator(id_, name, measure, unit, tuple(alias_list), category))
    return tuple(rows)


@cache
def load_indicators() -> IndicatorLexicon:
    """The lexicon of ``taizhang/data/indicators.tsv``, read and built once."""
    text = resources.files("taizhang.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return IndicatorLexicon(parse_indicators(text))


# ---------------------------------------------------------------------------------------------------
# Judging a phrase.

# A money size class is a qualifier, not part of the indicator (TARGETS.md):
# 新引进投资10亿元以上项目 is 新引进项目.
_MONEY: Final = r"[0-9.零〇一二两三四五六七八九十]*[十百千万亿]+元"
_MONEY_QUALIFIER: Final = re.compile(rf"(?:投资)?(?:(?:超过|超|不少于|不低于){_MONEY}(?:及?以上)?|{_MONEY}及?以上)")
# Tails, ratio and flow prefixes, head markers and list separators: indicator_words.tsv (its header
# says what each is). A name not at the end of a phrase is trusted when at most this many characters follow.
_MAX_REMAINDER: Final = 4


@dataclass(frozen=True, slots=True)
class _Match:
    start: int  # in key characters
    end: int
    indicator: Indicator


class IndicatorLexicon:
    """Indicators by id, by name and alias (``canonical``), and in running text (``find``)."""

    __slots__ = ("_automaton", "_by_id", "_by_key", "_indicators")

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self._indicators = tuple(indicators)
        self._by_id: dict[str, Indicator] = {}
        self._by_key: dict[str, Indicator] = {}
        for ind in self._indicators:
            if ind.id in self._by_id:
                raise ValueError(f"indicator id {ind.id!r} is listed twice")
            self._by_id[ind.id] = ind
            for name in ind.names:
                key = indicator_key(name)
                if not key:
                    raise ValueError(f"indicator {ind.id!r}: name {name!r} is empty once folded")
                other = self._by_key.setdefault(key, ind)
                if other is not ind:
                    raise ValueError(f"{name!r} (key {key!r}) names both {other.id!r} and {ind.id!r}")
        self._automaton = ahocorasick.Automaton()
        for key, ind in self._by_key.items():
            self._automaton.add_word(key, (len(key), ind.id))
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._indicators)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._indicators)

    def __contains__(self, id_: object) -> bool:
        return id_ in self._by_id

    def by_id(self, id_: str) -> Indicator:
        """The indicator with this id; ``KeyError`` if there is none."""
        return self._by_id[id_]

    def lookup(self, name: str) -> Indicator | None:
        """The indicator one of whose names is ``name`` (up to folding), else ``None``. No guessing."""
        return self._by_key.get(indicator_key(name))

    def canonical(self, phrase: str) -> Indicator | None:
        """The indicator an extracted phrase denotes, or ``None`` when that is not clear.

        An exact name or alias first; then, after dropping a money qualifier (亿元以上) and framing
        words at the end (增长, 目标, 规模, 存量 …), the longest name the phrase ends with, because the
        head noun of a Chinese noun phrase comes last (规上工业企业开展技术改造 is 技术改造, not
        规上工业企业). A name not at the end is taken only when what follows it is short and names no
        other quantity. 人均/单位/每 right before the name, or a list (、 和) around it, give ``None``.
        """
        key = indicator_key(phrase)
        if not key:
            return None
        if (hit := self._by_key.get(key)) is not None:
            return hit
        key = _MONEY_QUALIFIER.sub("", key)
        cores = [key]
        tails = _tails()
        while (tail := next((t for t in tails if cores[-1].endswith(t) and cores[-1] != t), None)) is not None:
            cores.append(cores[-1][: -len(tail)])
        for core in cores:
            if (hit := self._by_key.get(core)) is not None:
                return hit
            found = self._head_match(core)
            if found is not None:
                return self._as_flow(core[: found.start], found.indicator)
        found = self._inner_match(cores[-1])
        return None if found is None else self._as_flow(cores[-1][: found.start], found.indicator)

    def find(self, text: str) -> list[IndicatorMention]:
        """Every indicator name in ``text``: non-overlapping, longest first, in text order."""
        key = _key(text)
        chosen: list[_Match] = []
        taken = bytearray(len(key.text))
        for m in sorted(self._matches(key.text), key=lambda m: (m.start - m.end, m.start)):
            if not any(taken[m.start : m.end]):
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
                chosen.append(m)
        mentions = []
        for m in sorted(chosen, key=lambda m: m.start):
            start, end = key.starts[m.start], key.ends[m.end - 1]
            mentions.append(IndicatorMention(start, end, m.indicator, text[start:end]))
        return mentions

    # -- helpers -------------------------------------------------------------------------------------

    def _matches(self, key: str) -> Iterator[_Match]:
        """Every name occurring in a key, overlapping ones too; a Latin name must not run into more Latin."""
        for last, (length, id_) in self._automaton.iter(key):
            start, end = last + 1 - length, last + 1
            if _glued(key, start - 1, start) or _glued(key, end - 1, end):
                continue
            yield _Match(start, end, self._by_id[id_])

    def _head_match(self, core: str) -> _Match | None:
        """The longest name ``core`` ends with, unless a ratio word stands before it."""
        ends_here = [m for m in self._matches(core) if m.end == len(core)]
        if not ends_here:
            return None
        best = max(ends_here, key=lambda m: m.end - m.start)
        return best if _plain_prefix(core[: best.start]) else None

    def _inner_match(self, core: str) -> _Match | None:
        """The longest name inside ``core`` followed only by a short remainder that is no head noun."""
        trusted = [
            m
            for m in self._matches(core)
            if len(core) - m.end <= _MAX_REMAINDER
            and not _char_set("head_marker").intersection(core[m.end :])
            and not _char_set("list_separator").intersection(core[m.end :])
            and _plain_prefix(core[: m.start])
        ]
        if not trusted:
            return None
        longest = max(m.end - m.start for m in trusted)
        ids = {m.indicator.id for m in trusted if m.end - m.start == longest}
        if len(ids) != 1:
            return None
        return next(m for m in trusted if m.end - m.start == longest)

    def _as_flow(self, before: str, indicator: Indicator) -> Indicator:
        """新增 (净增, 新认定 …) before a stock indicator: its `new_` twin, when the table has one."""
        twin = self._by_id.get(f"new_{indicator.id}")
        if twin is not None and any(p in before for p in _words("flow_prefix")):
            return twin
        return indicator


def _plain_prefix(before: str) -> bool:
    """Whether words before a name leave it the head: no ratio word right before it, no list."""
    return not before.endswith(_words("ratio_prefix")) and not _char_set("list_separator").intersection(before)


@cache
def _tails() -> tuple[str, ...]:
    """The framing words of a phrase's end, longest first."""
    return tuple(sorted(_words("tail"), key=len, reverse=True))


@cache
def _char_set(list_name: str) -> frozenset[str]:
    return frozenset(_words(list_name))


def _glued(key: str, i: int, j: int) -> bool:
    """Whether key[i] and key[j] are both ASCII letters or digits (a Latin name inside a longer word)."""
    return i >= 0 and j < len(key) and key[i].isascii() and key[j].isascii() and key[i].isalnum() and key[j].isalnum()
