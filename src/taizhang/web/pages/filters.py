"""Jinja filters for the pages: amounts in 亿元/万元, status words and colours, source spans."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

from taizhang.track.figures import display_scale, format_quantity
from taizhang.vocab import STATUS_LABELS, STATUS_PAGE_ORDER, label

__all__ = ["fmt_value", "install_filters", "source_parts"]


fmt_value = format_quantity  # the one formatter of figures for people (taizhang.track.figures)


def _chart_axis(values: Any, unit: str | None) -> dict[str, Any]:
    """The scale a chart's axis and its title share: {"div": 100000000, "label": "亿元"}."""
    size, shown = display_scale(values, unit)
    return {"div": int(size), "label": shown}


def _short(text: str, keep: int = 24) -> str:
    return text if len(text) <= keep else f"{text[:keep]}…"


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
    """A percentage as it came (81.3 → "81.3%"); "—" for none or one that is no finite number."""
    if value is None:
        return "—"
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (ArithmeticError, ValueError):
        return "—"
    return f"{_short(str(number))}%" if number.is_finite() else "—"


def _bar(value: Any) -> float:
    """A percentage for a CSS width, clamped to 0..100 (0 for none or no finite number)."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return max(0.0, min(100.0, number)) if math.isfinite(number) else 0.0


def _finite(obj: Any) -> Any:
    """``obj`` with every NaN or infinite float as None: JSON has no such numbers."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_finite(v) for v in obj]
    return obj


def _json_dumps(obj: Any, **kwargs: Any) -> str:
    """``tojson`` for the pages' chart data: valid JSON whatever figures it holds."""
    return json.dumps(_finite(obj), **kwargs)


def install_filters(env: Any) -> None:
    env.policies["json.dumps_function"] = _json_dumps
    env.filters.update(
        value=fmt_value,
        pct=_pct,
        bar=_bar,
        # the words of data/statuses.tsv and labels.tsv (taizhang.vocab), in the language of messages
        status_label=lambda s: label("status", s),
        state_label=lambda s: label("state", s),
        strength_label=lambda s: label("strength", s),
        comparator_sign=lambda s: label("comparator", s),
        measure_label=lambda s: label("measure", s),
        schedule_label=lambda s: label("schedule", s),
        reminder_label=lambda s: label("reminder", s),
        unit_role_label=lambda s: label("unit_role", s),
        source_label=lambda s: label("source", s),
        observation_label=lambda s: label("observation", s),
    )
    env.globals.update(STATUS_ORDER=STATUS_PAGE_ORDER, STATUS_LABELS=STATUS_LABELS, chart_axis=_chart_axis)
