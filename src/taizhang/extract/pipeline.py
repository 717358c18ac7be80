"""The extraction pipeline (placeholder until the grammar lands)."""

from __future__ import annotations

from datetime import date as Date

from taizhang.extract.record import Target


def extract_targets(text: str, *, region: str | None = None, date: Date | str | None = None) -> list[Target]:
    """Every quantified target in ``text``, in document order."""
    return []
