"""Scoring extracted records against annotated gold records, as ../shared/eval/score.py does.

A prediction matches a gold record when their spans overlap, the units are equal and the
values agree within 0.5 %; matching is one-to-one, the pairs with the most similar
indicators first. A gold record marked ``optional`` neither counts when missed nor when
found. A matched record is fully right when every attribute agrees: the comparator,
strength, measure, region (by code when both have one), year and direction (where gold
has them) and the indicator (containment, or character Dice >= 0.5). Fully-right is
counted over the gold records, so a miss lowers it too.

Actual records are scored the same way with their own attributes (period_end stands for
the year). Pure functions: records in, figures out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Record = Mapping[str, Any]

TARGET_ATTRIBUTES = ("comparator", "strength", "measure", "region", "year", "direction", "indicator")
ACTUAL_ATTRIBUTES = ("measure", "region", "period_end", "direction", "indicator")
# Attributes that gold may leave empty: then they are not scored.
_WHERE_GOLD_HAS_ONE = frozenset({"year", "direction"})


@dataclass
class Score:
    """Counts over one document or many; ``add`` sums them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0
    right: Counter[str] = field(default_factory=Counter)
    judged: Counter[str] = field(default_factory=Counter)
    misses: list[Record] = field(default_factory=list)
    false: list[Record] = field(default_factory=list)
    wrong: list[tuple[str, Record, Record]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.full += other.full
        self.right.update(other.right)
        self.judged.update(other.judged)
        self.misses += other.misses
        self.false += other.false
        self.wrong += other.wrong

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fully_right(self) -> float:
        """Matched records right in every attribute, over the (non-optional) gold records."""
        return self.full / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def accuracy(self, attribute: str) -> float | None:
        """Share of matched records whose ``attribute`` agrees; None when none was judged."""
        n = self.judged[attribute]
        return self.right[attribute] / n if n else None


def dice(a: str | None, b: str | None) -> float:
    """Character overlap of two names: 1.0 when one contains the other."""
    a, b = a or "", b or ""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    return 2 * sum((Counter(a) & Counter(b)).values()) / (len(a) + len(b))


def _same_value(p: Any, g: Any) -> bool:
    try:
        pv, gv = abs(float(p)), abs(float(g))
    except (TypeError, ValueError):
        return False
    return abs(pv - gv) <= 0.005 * max(gv, 1e-9)


def _unit(u: Any) -> str:
    return str(u or "").strip().replace("％", "%")


def attribute_ok(name: str, p: Record, g: Record) -> bool:
    """Whether prediction ``p`` gets gold ``g``'s attribute ``name`` right."""
    if name == "indicator":
        return dice(p.get("indicator"), g.get("indicator")) >= 0.5
    if name == "direction":
        return (p.get("direction") or "increase") == (g.get("direction") or "increase")
    if name == "region":
        pc, gc = p.get("region_code"), g.get("region_code")
        if pc and gc:
            return str(pc) == str(gc)
        return (p.get("region") or "") == (g.get("region") or "")
    return bool(p.get(name) == g.get(name))


def _overlap(p: Record, g: Record) -> bool:
    try:
        return int(p["start"]) < int(g["end"]) and int(g["start"]) < int(p["end"])
    except (KeyError, TypeError, ValueError):
        return False


def match(predicted: Sequence[Record], gold: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index), most similar indicators first."""
    candidates = [
        (dice(p.get("indicator"), g.get("indicator")), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if _overlap(p, g)
        and _unit(p.get("unit")) == _unit(g.get("unit"))
        and _same_value(p.get("value"), g.get("value"))
    ]
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score(predicted: Sequence[Record], gold: Sequence[Record], attributes: Sequence[str] = TARGET_ATTRIBUTES) -> Score:
    """Score one document's predictions against its gold records."""
    pairs = match(predicted, gold)
    result = Score()
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        p, g = predicted[i], gold[j]
        if g.get("optional"):
            continue
        result.tp += 1
        all_right = True
        for name in attributes:
            if name in _WHERE_GOLD_HAS_ONE and g.get(name) is None:
                continue
            ok = attribute_ok(name, p, g)
            result.judged[name] += 1
            result.right[name] += ok
            if not ok:
                all_right = False
                result.wrong.append((name, g, p))
        result.full += all_right
    result.false = [p for i, p in enumerate(predicted) if i not in matched_p]
    result.misses = [g for j, g in enumerate(gold) if j not in matched_g and not g.get("optional")]
    result.fp = len(result.false)
    result.fn = len(result.misses)
    return result
