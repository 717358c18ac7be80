"""The data tables the grammar reads, loaded once from ``taizhang/data`` on first use.

Each table is a tab-separated file whose ``#`` header says what the columns mean and where
the words come from. Nothing is read at import time; every loader is cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from types import MappingProxyType

from taizhang.data import data_rows


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    base: str
    factor: Decimal
    measure: str


@cache
def load_units() -> Mapping[str, Unit]:
    """units.tsv: surface → Unit."""
    table = {}
    for surface, base, factor, measure in data_rows("units.tsv"):
        table[surface] = Unit(surface, base, Decimal(factor), measure)
    return MappingProxyType(table)


@cache
def load_numerals() -> Mapping[str, tuple[int, str]]:
    """numerals.tsv: character → (value, kind)."""
    return MappingProxyType({ch: (int(value), kind) for ch, value, kind in data_rows("numerals.tsv")})


@cache
def load_words(name: str) -> Mapping[str, str]:
    """A two-column word list (word → label), e.g. comparators.tsv or strength.tsv."""
    return MappingProxyType({row[0]: row[1] for row in data_rows(name)})


@cache
def words_with_label(name: str, label: str) -> tuple[str, ...]:
    """The words of a two-column list that carry ``label``, longest first."""
    words = [w for w, lab in load_words(name).items() if lab == label]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def load_roles(name: str = "context.tsv") -> Mapping[str, tuple[str, ...]]:
    """A word list whose words may carry several roles: role → its words, longest first."""
    roles: dict[str, list[str]] = {}
    for word, role in (row[:2] for row in data_rows(name)):
        roles.setdefault(role, []).append(word)
    return MappingProxyType({r: tuple(sorted(ws, key=len, reverse=True)) for r, ws in roles.items()})


@cache
def word_table(name: str) -> Mapping[str, tuple[tuple[str, str], ...]]:
    """A word file of columns ``word  list  [value]``: list → its (word, value) rows, in file order.

    For lists whose order is part of the grammar (a pattern tried in turn) or that map a word to
    another (a rewrite); the file's header says what each list is.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    for row in data_rows(name):
        out.setdefault(row[1], []).append((row[0], row[2] if len(row) > 2 else ""))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


@cache
def word_list(name: str, list_name: str) -> tuple[str, ...]:
    """The words of one list of a ``word_table`` file, in file order."""
    return tuple(word for word, _ in word_table(name)[list_name])


@cache
def load_comparators() -> Mapping[str, tuple[tuple[str, str], ...]]:
    """comparators.tsv: position → ((word, comparator), …), longest word first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, comparator, position in data_rows("comparators.tsv"):
        out.setdefault(position, []).append((word, comparator))
    return MappingProxyType(
        {pos: tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True)) for pos, pairs in out.items()}
    )


@cache
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation for a word list: ``any_of(ws).search(text)`` is "any w in text"."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w) or "(?!)")


def matches_at(
    pattern: re.Pattern[str], first: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that never matches the empty string and
    whose every match starts with a character ``first`` matches: the pattern is tried only there.
    (``re`` tries a pattern that opens on an optional group at every character; a character class
    it finds in one scan.)"""
    end = len(text) if endpos is None else endpos
    while (candidate := first.search(text, pos, end)) is not None:
        at = candidate.start()
        m = pattern.match(text, at, end)
        if m is not None:
            yield m
        pos = max(m.end(), at + 1) if m is not None else at + 1


@cache
def by_last_char(words: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """Words grouped by their last character, longest first: a fast "which word ends this text"."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if w:
            out.setdefault(w[-1], []).append(w)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


@cache
def by_first_char(words: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """Words grouped by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if w:
            out.setdefault(w[0], []).append(w)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})
