"""Matching extracted records against annotated gold records, as TARGETS.md defines it.

A prediction matches a gold record when their spans overlap, the values agree within 0.5 %
and the units are equal; matching is one-to-one. A matched record is fully right when
comparator, strength, measure, region, year (where gold has one), direction (where gold has
one) and indicator (containment, or character Dice >= 0.5) all agree.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Record = dict[str, Any]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.full += other.full
        self.wrong += other.wrong

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fully_right(self) -> float:
        return self.full / self.tp if self.tp else 0.0


def dice(a: str | None, b: str | None) -> float:
    a, b = a or "", b or ""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    return 2 * sum((Counter(a) & Counter(b)).values()) / (len(a) + len(b))


def _same_value(p: Any, g: Any) -> bool:
    return abs(abs(float(p)) - abs(float(g))) <= 0.005 * max(abs(float(g)), 1e-9)


def _attribute_ok(name: str, p: Record, g: Record) -> bool:
    if name == "indicator":
        return dice(p.get("indicator"), g.get("indicator")) >= 0.5
    if name == "direction":
        return (p.get("direction") or "increase") == g.get("direction")
    if name == "region":
        if p.get("region_code") and g.get("region_code"):
            return str(p["region_code"]) == str(g["region_code"])
        return p.get("region") == g.get("region")
    return bool(p.get(name) == g.get(name))


ATTRIBUTES = ("comparator", "strength", "measure", "region", "year", "direction", "indicator")


def score(predicted: list[Record], gold: list[Record]) -> Score:
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = p["start"] < g["end"] and g["start"] < p["end"]
            if overlap and p["unit"] == g["unit"] and _same_value(p["value"], g["value"]):
                candidates.append((dice(p.get("indicator"), g.get("indicator")), i, j))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    result = Score()
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        g = gold[j]
        if g.get("optional"):
            continue
        result.tp += 1
        bad = [
            a
            for a in ATTRIBUTES
            if not (a in ("year", "direction") and g.get(a) is None) and not _attribute_ok(a, predicted[i], g)
        ]
        if bad:
            result.wrong.append(f"{g['value_text']} {g['indicator']}: {', '.join(bad)}")
        else:
            result.full += 1
    result.fp = len(predicted) - len(used_p)
    result.fn = sum(1 for j, g in enumerate(gold) if j not in used_g and not g.get("optional"))
    return result


def read_gold(folder: Path) -> tuple[str, dict[str, Any], list[Record]]:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    text = (folder / "doc.txt").read_bytes().decode(meta.get("encoding", "utf-8"))
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return text, meta, gold
