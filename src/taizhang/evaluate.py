"""Measuring extraction on annotated folders (``taizhang evaluate``).

An annotated folder holds ``doc.txt``, ``meta.json`` (date, region, encoding) and
``gold.jsonl`` (the target records of ../shared/TARGETS.md); it may also hold
``actuals.jsonl`` (its "Actual records"). A folder given may also be a folder of such
folders, searched to any depth. The figures are those of ``taizhang.extract.scoring``,
the same as the shared ``score.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from taizhang.errors import InputError, ReadError
from taizhang.extract.pipeline import read_numbers
from taizhang.extract.scoring import ACTUAL_ATTRIBUTES, TARGET_ATTRIBUTES, Record, Score, score
from taizhang.text.decode import decode_bytes

GOLD = "gold.jsonl"
ACTUALS = "actuals.jsonl"


@dataclass
class FolderScore:
    """One annotated document: its target score, and its actual score when it has actuals."""

    name: str
    text: str
    meta: dict[str, Any]
    targets: Score
    actuals: Score | None = None
    gold_targets: int = 0


@dataclass
class Evaluation:
    folders: list[FolderScore] = field(default_factory=list)

    def total(self, kind: str = "targets") -> Score:
        total = Score()
        for f in self.folders:
            part = f.targets if kind == "targets" else f.actuals
            if part is not None:
                total.add(part)
        return total

    def target_free(self) -> list[FolderScore]:
        """The documents whose gold holds no target."""
        return [f for f in self.folders if f.gold_targets == 0]

    def false_targets_per_target_free(self) -> float | None:
        free = self.target_free()
        return sum(f.targets.fp for f in free) / len(free) if free else None


def gold_folders(paths: Sequence[Path]) -> Iterator[Path]:
    """Every annotated folder under ``paths``, in name order; a path that is none is an error."""
    for path in paths:
        if (path / GOLD).is_file():
            yield path
            continue
        if not path.is_dir():
            raise InputError(f"{path}: 不是文件夹，也没有 {GOLD}")
        found = sorted(p.parent for p in path.rglob(GOLD))
        if not found:
            raise InputError(f"{path}: 找不到标注文件夹（含 doc.txt、meta.json、{GOLD}）")
        yield from found


def read_records(path: Path) -> list[Record]:
    """A JSON-lines file of records; a bad line names the file and line."""
    records: list[Record] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise ReadError(f"{path}: 第 {number} 行不是 JSON（{e.msg}）") from None
        if not isinstance(record, dict):
            raise ReadError(f"{path}: 第 {number} 行不是一条记录（JSON 对象）")
        records.append(record)
    return records


def read_folder(folder: Path) -> tuple[str, dict[str, Any]]:
    """The document text and its meta.json."""
    meta_path = folder / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReadError(f"{meta_path}: 文件不存在") from None
    except json.JSONDecodeError as e:
        raise ReadError(f"{meta_path}: 不是 JSON（{e.msg}，第 {e.lineno} 行）") from None
    doc_path = folder / "doc.txt"
    try:
        data = doc_path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{doc_path}: 文件不存在") from None
    text = decode_bytes(data, encoding=meta.get("encoding") or "auto", source=str(doc_path)).text
    return text, meta


def evaluate_folder(folder: Path) -> FolderScore:
    text, meta = read_folder(folder)
    gold = read_records(folder / GOLD)
    reading = read_numbers(text, region=meta.get("region"), date=meta.get("date"))
    predicted = [t.to_dict() for t in reading.targets]
    result = FolderScore(folder.name, text, meta, score(predicted, gold, TARGET_ATTRIBUTES))
    result.gold_targets = sum(1 for g in gold if not g.get("optional"))
    if (folder / ACTUALS).is_file():
        found = [a.to_dict() for a in reading.actuals]
        result.actuals = score(found, read_records(folder / ACTUALS), ACTUAL_ATTRIBUTES)
    return result


def evaluate(paths: Sequence[Path]) -> Evaluation:
    return Evaluation([evaluate_folder(folder) for folder in gold_folders(paths)])
