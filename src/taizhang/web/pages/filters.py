"""Jinja filters for the pages: amounts in 亿元/万元, status words and colours, source spans."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from taizhang.ledger.export import STATUS_LABELS  # one table of status words for the 台账 and the pages

__all__ = ["STATUS_LABELS", "fmt_value", "install_filters", "source_parts"]

STATUS_ORDER = ("red", "yellow", "green", "achieved", "missed", "overdue", "pending", "open")
STATE_LABELS = {"proposed": "待审核", "confirmed": "已确认", "rejected": "已驳回"}
STRENGTH_LABELS = {"ensure": "确保", "strive": "力争", "plan": "计划"}
COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "~": "≈", "=": "="}
MEASURE_LABELS = {"level": "总量", "growth": "增速", "count": "数量", "share": "比率", "rank": "排名"}


def fmt_value(value: Any, unit: str | None = "") -> str:
    """12_000_000_000, 元 → "120亿元"; 3.5, % → "3.5%"; 30, 个 → "30个"."""
    if value is None:
        return "—"
    number = Decimal(str(value))
    unit = unit or ""
    if unit in ("元", "美元"):
        for size, word in ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")):
            if abs(number) >= size:
                scaled = (number / size).quantize(Decimal("0.01")).normalize()
                return f"{scaled:,f}{word}{unit}"
    text = f"{number.normalize():,f}" if number == number.to_integral_value() else f"{number:,f}"
    return f"{text}{unit}"


def source_parts(text: str, start: int, end: int, *, context: int = 240) -> tuple[str, str, str]:
    """(before, span, after): the paragraph holding ``text[start:end]``, cut to ``context`` characters."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[max(para_start, start - context) : start]
    after = text[end : min(para_end, end + context)]
    if para_start < start - context:
        before = "…" + before
    if para_end > end + context:
        after += "…"
    return before, text[start:end], after


def _pct(value: Any) -> str:
    return "—" if value is None else f"{value}%"


def _bar(value: Any) -> float:
    """A percentage for a CSS width, clamped to 0..100."""
    if value is None:
        return 0.0
    return max(0.0, min(100.0, float(value)))


def install_filters(env: Any) -> None:
    env.filters.update(
        value=fmt_value,
        pct=_pct,
        bar=_bar,
        status_label=lambda s: STATUS_LABELS.get(s, s),
        state_label=lambda s: STATE_LABELS.get(s, s),
        strength_label=lambda s: STRENGTH_LABELS.get(s, s),
        comparator_sign=lambda s: COMPARATOR_SIGNS.get(s, s),
        measure_label=lambda s: MEASURE_LABELS.get(s, s),
    )
    env.globals.update(STATUS_ORDER=STATUS_ORDER, STATUS_LABELS=STATUS_LABELS)
