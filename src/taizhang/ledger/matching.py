"""Linking reported actuals to targets: same region, compatible unit, the same indicator.

A reporter's sheet names indicators in its own words and has no target ids, and no column for a
target's qualifier or subject, so it writes them into the name: 引进超亿元项目 for the target
引进项目 (qualifier 超亿元), 4大新兴产业6条重点产业链总产值 for 总产值 (subject …). An observation
matches a target of its region when

1. the units agree (a % row goes to growth and share targets, a 元 row to amount targets), and
2. the target's qualifier and subject, if any, appear in the row's name, and
3. the names agree: exactly (also qualifier/subject + indicator), or by canonical indicator id
   (``taizhang.extract.indicators``), or — tier 2 — the name without qualifier and subject starts
   or ends with the target's indicator (城镇登记失业率 ~ 登记失业率, 高新技术企业存量 ~ 高新技术企业),
   or names the target's subject and ends with the same head word (江门市重点项目完成投资 ~ 计划投资
   of subject 江门市重点项目).

Tier 1 matches win over tier 2. A row may match several targets (a 确保/力争 pair, the same
target stated in two documents); a row that matches none is kept as an untracked observation.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from taizhang.extract.indicators import load_indicators

__all__ = ["Tracked", "canonical_id", "match_tier", "unit_compatible"]

_MIN_AFFIX = 4  # a tier-2 prefix/suffix match needs an indicator at least this long


class Tracked(NamedTuple):
    """A target as tracking sees it (after edits).

    A named tuple: status builds one per tracked target, tens of thousands at a time, and a
    frozen dataclass's ``__init__`` costs four times as much.
    """

    id: int
    region_code: str | None
    region: str | None
    indicator: str
    indicator_id: str | None
    qualifier: str | None
    subject: str | None
    measure: str
    comparator: str
    value: Decimal
    unit: str
    value_text: str
    strength: str
    year: int | None
    direction: str | None
    text: str
    state: str
    published: date | None


@lru_cache(maxsize=4096)
def canonical_id(name: str) -> str | None:
    """The lexicon id of an indicator name, or None when the lexicon names none."""
    found = load_indicators().canonical(name)
    return None if found is None else found.id


def unit_compatible(row_unit: str, target: Tracked) -> bool:
    """Whether an observation in ``row_unit`` can measure ``target``."""
    if target.measure in ("growth", "share"):
        return row_unit in ("%", "个百分点") or row_unit == target.unit
    if target.measure == "rank":
        return row_unit in ("名", "位", "", target.unit)
    return row_unit == target.unit


def _strip(name: str, words: Iterable[str | None]) -> str:
    for w in words:
        if w:
            name = name.replace(w, "", 1)
    return name


def match_tier(name: str, target: Tracked) -> int:
    """0 for no match, 1 for an exact or canonical match, 2 for a looser one (see module doc)."""
    q, s, ind = target.qualifier, target.subject, target.indicator
    if q and q not in name:
        return 0
    if s and s not in name:
        return 0
    if name == ind or name in (f"{q or ''}{ind}", f"{s or ''}{ind}", f"{s or ''}{q or ''}{ind}"):
        return 1
    bare = _strip(name, (s, q))
    if bare == ind:
        return 1
    if target.indicator_id and target.indicator_id in (canonical_id(name), canonical_id(bare)):
        return 1
    long_enough = len(ind) >= _MIN_AFFIX or bool(q or s)
    if long_enough and (bare.endswith(ind) or bare.startswith(ind)):
        return 2
    if s and len(bare) >= 2 and len(ind) >= 2 and bare[-2:] == ind[-2:]:
        return 2
    return 0
