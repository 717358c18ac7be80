"""Reading an actual: a number that reports a result, with the period it covers.

The pipeline decides what is not a target (``context.why_not_target``); a number rejected as a
past result or as a reporting period's figure is an actual. This module reads the rest of its
record: measure and direction as for a target, the period (``periods``), and what a growth
rate is compared with (同比 → yoy, 环比 → mom).
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from taizhang.extract import attribution, clauses, confidence
from taizhang.extract.attribution import DocumentContext, ReadingState
from taizhang.extract.lexicon import any_of, load_roles
from taizhang.extract.numbers import Quantity
from taizhang.extract.periods import period_of, without_period
from taizhang.extract.record import Actual, Basis, Direction, Measure
from taizhang.extract.segments import Span
from taizhang.text.normalise import own_words

# 该市, 该区: a reporter's word for the region spoken of, not part of an indicator
_THAT_REGION = re.compile(r"^该[省市区县镇]")
# How far into a document its title and opening may name the period of all its figures.
_TITLE = 300
_SCOPE = re.compile(r"全[国省市区县]$")
# The reasons of ``why_not_target`` that make a number a reported result.
ACTUAL_REASONS = ("past result", "actual for a reporting period", "a progress report's figure", "rank already held")
# 占全市工业投资的44.7%: a share of a whole, which the grammar first takes for a completion rate
_SHARE_OF = re.compile(r"占[^,，。;；]{0,20}的$")


# A change of an amount from a baseline (比上年增加62公顷, 较上年末减少0.5万人): not a level of its own.
_CHANGE_OF_AMOUNT = re.compile(r"[比较](?:上年|去年|上一年|年初|上年末|上年同期|去年同期)末?(?:增加|减少|多|少)了?$")


# The last per cent before a change in points, and the growth word right before it (增长8.1%)
_LAST_RATE = re.compile(r"(增长|增速|增幅|下降|回落)?(?:了|为|达到|达)?-?\d+(?:\.\d+)?%(?!.*%)")


def _changes_a_growth_rate(norm: str, sent: Span, part: Span, q: Quantity) -> bool:
    """A change in points of a growth rate (增长8.1%，比去年同期提高2.4个百分点; 比一季度加快1.9个百分点)
    or a contribution to growth (拉动经济增长0.9个百分点): neither is a reported level. A change of a
    share (城镇化率为61.02%，提高0.94个百分点) is one, as TARGETS.md's actuals have them."""
    if re.search(r"拉动|贡献|(?:加快|放缓|减缓)了?[^,，;；]{0,2}$", norm[part.start : q.start]):
        return True  # 加快, 放缓: words of a rate's speed
    rate = _LAST_RATE.search(norm, sent.start, q.start)
    return rate is not None and rate.group(1) is not None


def is_actual(reason: str) -> bool:
    return reason.startswith(ACTUAL_REASONS)


def is_share_of_a_whole(norm: str, part: Span, q: Quantity, reason: str) -> bool:
    """A "completion rate" that is a share of a whole (占全市工业投资的44.7%)."""
    return reason == "completion rate" and bool(_SHARE_OF.search(norm, part.start, q.start))


def read_actual(
    text: str,
    norm: str,
    sent: Span,
    part: Span,
    q: Quantity,
    indicator: str,
    doc: DocumentContext,
    state: ReadingState,
) -> Actual | None:
    """The actual record of ``q``, or None when no period can be read (no date, no year)."""
    if _CHANGE_OF_AMOUNT.search(norm, part.start, q.start) and q.unit not in ("%", "个百分点", "倍"):
        return None  # 比上年减少500人: how much the level changed, not the level
    if q.unit == "个百分点" and _changes_a_growth_rate(norm, sent, part, q):
        return None  # 增长8.1%，比去年同期提高2.4个百分点: how much the growth rate moved
    measure, direction = clauses.measure_of(norm, q, part)
    # 同比增长6.2%, 环比增长2.5%: no indicator of its own; it is the one spoken of before
    indicator = (
        _indicator(indicator, doc.region_words)
        or _indicator(state.last_indicator, doc.region_words)
        or clauses.trim_phrase(indicator, doc.region_words)
    )
    if not indicator:
        return None
    before = norm[sent.start : q.start]
    paragraph = norm[norm.rfind("\n", 0, sent.start) + 1 : sent.start]
    period = period_of(before, doc.date, paragraph, norm[: min(sent.start, _TITLE)])
    if period is None:
        return None
    region = attribution.region_for(norm, sent, part, q.start, doc, state)
    basis = _basis(norm[part.start : q.start]) if measure in ("growth", "share") else None
    return Actual(
        start=q.start,
        end=q.end,
        text=text[part.start : part.end].rstrip(",，、:：;；。"),
        region=region.name if region else None,
        region_code=region.code if region else None,
        indicator=own_words(text, norm, indicator, sent.start, sent.end, doc.back),
        measure=cast("Measure", measure),
        value=q.value,
        unit=q.unit,
        value_text=text[q.start : q.end],
        period_start=period.start,
        period_end=period.end,
        cumulative=period.cumulative,
        basis=basis,
        direction=cast("Direction | None", direction),
        indicator_id=attribution.indicator_id(indicator),
        confidence=confidence.for_actual(doc.kind, measure, basis),
    )


def _indicator(phrase: str, regions: tuple[str, ...]) -> str:
    roles = load_roles()
    phrase = _bases().sub("", phrase)
    phrase = _SCOPE.sub("", phrase)  # 居全市第3位: the pool ranked in, not the indicator
    for word in roles["held"]:  # …，居 / 位居 before the rank (not the 居 of 居民)
        if phrase.endswith(word):
            phrase = phrase[: -len(word)]
            break
    phrase = _THAT_REGION.sub("", clauses.trim_phrase(without_period(phrase), regions))
    for verb in roles["reporting_verb"]:  # longest first: 累计完成 before 完成
        if phrase.endswith(verb) and len(phrase) > len(verb):
            phrase = phrase[: -len(verb)]
            break
    return clauses.trim_phrase(phrase, regions)


@cache
def _bases() -> re.Pattern[str]:
    """同比, 环比 and their kin: what a growth rate is compared with."""
    roles = load_roles()
    return any_of(roles["yoy"] + roles["mom"])


def _basis(before: str) -> Basis | None:
    roles = load_roles()
    yoy = [m.end() for m in any_of(roles["yoy"]).finditer(before)]
    mom = [m.end() for m in any_of(roles["mom"]).finditer(before)]
    if not yoy and not mom:
        return None
    return "mom" if max(mom, default=-1) > max(yoy, default=-1) else "yoy"
