"""The extraction pipeline: text → target records.

Stages, each a function of its own module:

1. normalise (``taizhang.text.normalise``): Simplified characters, ASCII digits, same offsets;
2. find quantities (``numbers``): number + magnitude + unit;
3. cut the document into paragraphs, sentences, clauses and parts (``segments``);
4. decide which quantities are targets (``context``: past results, actuals, facts, names, qualifiers);
5. read each target's clause (``clauses``): comparator, measure, direction, indicator, qualifier;
6. attribute strength, region and year (``attribution``).

``extract_targets`` is pure: the reference date is an argument, never the clock.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date as Date
from typing import cast

from taizhang.errors import InputError
from taizhang.extract import actuals as reported
from taizhang.extract import attribution, clauses, confidence, context, kinds
from taizhang.extract.attribution import DocumentContext, ReadingState
from taizhang.extract.lexicon import any_of, load_roles
from taizhang.extract.numbers import Quantity, QuantityIndex, find_quantities
from taizhang.extract.record import Actual, Comparator, Direction, Measure, Strength, Target
from taizhang.extract.segments import Span, paragraphs, parts, sentences
from taizhang.extract.segments import clauses as clause_spans
from taizhang.extract.tables import TableCell, read_table, table_blocks
from taizhang.messages import M
from taizhang.text.normalise import normalise, own_words


@dataclass(frozen=True, slots=True)
class Rejected:
    """A number that was read but is not a target, and why (for a reviewer, or ``--explain``)."""

    start: int
    end: int
    value_text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Extraction:
    targets: list[Target]
    rejected: list[Rejected]
    actuals: list[Actual] = field(default_factory=list)
    kind: str | None = None  # the document's kind, from its title (kinds.py)


def extract_targets(text: str, *, region: str | None = None, date: Date | str | None = None) -> list[Target]:
    """Every quantified target in ``text``, in document order.

    ``region`` is the document's default region (a name such as 江门市, a short name, or a
    6-digit code); ``date`` its publication date, which fixes what 今年 means.
    """
    return read_numbers(text, region=region, date=date).targets


def read_numbers(text: str, *, region: str | None = None, date: Date | str | None = None) -> Extraction:
    """The targets of ``text``, its actuals, and every other quantity with the reason it is not a target."""
    doc_date = as_date(date)
    norm = normalise(text)
    doc = DocumentContext.build(norm, region, doc_date, back=_back_map(text, norm))
    quantities = find_quantities(norm)
    starts = [q.start for q in quantities]
    state = ReadingState(section_region=doc.default_region)
    out: list[Target] = []
    rejected: list[Rejected] = []
    actuals: list[Actual] = []
    lines = paragraphs(norm)
    tables = {}
    for block in table_blocks(norm, lines):
        cells = read_table(norm, block, doc.year)
        if cells is not None:
            tables[block[0].start] = (block, cells)
    in_tables = {line.start for block, _ in tables.values() for line in block}
    in_para = {para.start: list(sentences(norm, para)) for para in lines if para.start not in in_tables}
    numbered = [s.of(norm) for sents in in_para.values() for s in sents if _holds_a_number(s, starts)]
    doc = replace(doc, results_only=kinds.reports_results_only(numbered))
    for para in lines:
        if para.start in tables:
            out.extend(_table_targets(text, norm, tables[para.start][1], doc, state))
        if para.start in in_tables:
            continue
        was_past = state.past_year
        attribution.read_header(norm, para, doc, state)
        context.carry_into_paragraph(para.of(norm), doc.year, state, was_past)
        para_year = attribution.paragraph_year(norm, para, doc)
        for sent in in_para[para.start]:
            context.carry_past_year(sent.of(norm), doc.year, state)
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            in_sentence = quantities[lo:hi]
            if in_sentence:
                out.extend(_read_sentence(text, norm, sent, in_sentence, doc, state, para_year, rejected, actuals))
    # Targets are judged once complete (items and 分别 may change them); actuals were judged as read.
    out = [replace(t, confidence=confidence.of_target(t, doc.kind)) for t in out]
    return Extraction(out, rejected, actuals, doc.kind)


def as_date(value: Date | str | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise InputError(M("input.date", option="date", value=value)) from None


def _read_sentence(
    text: str,
    norm: str,
    sent: Span,
    quantities: list[Quantity],
    doc: DocumentContext,
    state: ReadingState,
    para_year: int | None,
    rejected: list[Rejected],
    actuals: list[Actual],
) -> list[Target]:
    out: list[Target] = []
    state.previous_targets, state.sentence_targets = tuple(state.sentence_targets), []
    sentence_context = context.SentenceContext.read(norm, sent, doc, state)
    index = QuantityIndex(quantities)
    for clause in clause_spans(norm, sent):
        in_clause: list[Target] = []
        clause_parts = parts(norm, clause)
        strengths = attribution.part_strengths(norm, clause_parts, index)
        for i, part in enumerate(clause_parts):
            in_part = index.within(part)
            if not in_part:
                continue
            qualifiers = clauses.find_qualifiers(norm, part)
            for q in in_part:
                indicator = clauses.indicator_of(norm, q, part, qualifiers, doc.region_words)
                reason = context.why_not_target(
                    norm, q, part, in_part, qualifiers, sentence_context, strengths[i], indicator
                )
                if reason is not None:
                    rejected.append(Rejected(q.start, q.end, text[q.start : q.end], reason))
                    if reported.is_actual(reason) or reported.is_share_of_a_whole(norm, part, q, reason):
                        actual = reported.read_actual(text, norm, sent, part, q, indicator, doc, state)
                        if actual is not None:
                            actuals.append(actual)
                    if indicator and not reason.startswith(("gap", "completion", "rank", "a rank")):
                        state.last_indicator = indicator  # 完成进度38%, 居全市第3位 name no indicator to carry on
                    continue
                target = _build(text, norm, sent, part, q, qualifiers, indicator, strengths[i], doc, state, para_year)
                if in_clause and target.comparator == "=" and _JOINED.fullmatch(norm, in_clause[-1].end, q.start):
                    target = replace(target, comparator=in_clause[-1].comparator)  # 分别突破300亿元、250亿元
                elif target.end > q.end and target.comparator != "=":
                    # 分别增长8%、10%左右: a comparator after the last of joined values is all of theirs
                    k = len(in_clause)
                    while (
                        k > 0
                        and in_clause[k - 1].comparator == "="
                        and _JOINED.fullmatch(
                            norm, in_clause[k - 1].end, (in_clause[k].start if k < len(in_clause) else q.start)
                        )
                    ):
                        k -= 1
                    for j in range(k, len(in_clause)):
                        in_clause[j] = replace(in_clause[j], comparator=target.comparator)
                items = attribution.enumerate_items(norm, clause_parts, i, q, target, doc, state)
                if len(items) == 1:
                    items = attribution.listed_regions(norm, sent, q, target, doc, state)
                    target = items[0]  # its indicator may be the one carried (商丘是7.5%左右)
                for t in items:
                    own = own_words(text, norm, t.indicator, sent.start, sent.end, doc.back)
                    in_clause.append(replace(t, indicator=own) if doc.back else t)
                state.last_indicator = target.indicator
                state.last_measure = (target.unit, target.measure)
                state.sentence_targets.append(indicator)
        out.extend(attribution.pair_respectively(norm, clause, in_clause, doc, state))
    return out


def _build(
    text: str,
    norm: str,
    sent: Span,
    part: Span,
    q: Quantity,
    qualifiers: list[clauses.Qualifier],
    indicator: str,
    strength: str,
    doc: DocumentContext,
    state: ReadingState,
    para_year: int | None,
) -> Target:
    """A target record from a quantity that is one, with every attribute read from its clause."""
    comparator, start, end = clauses.comparator_of(norm, q, part)
    measure, direction = clauses.measure_of(norm, q, part)
    if indicator in load_roles()["running_total"] and state.last_indicator:
        indicator = indicator + state.last_indicator  # 新开工5G基站2万个，累计达到25万个
    elif not indicator:
        indicator = state.last_indicator
        if state.last_measure is not None and state.last_measure[0] == q.unit:
            measure = state.last_measure[1]
    qualifier = _nearest_qualifier(q, qualifiers) if q.measure == "count" else None
    region = attribution.region_for(norm, sent, part, q.start, doc, state, ranking=q.measure == "rank")
    year = attribution.year_for(norm, sent, q, doc, state, para_year)
    clause_text = text[part.start : part.end].rstrip(",，、:：;；。")
    return Target(
        start=start,
        end=end,
        text=clause_text,
        region=region.name if region else None,
        region_code=region.code if region else None,
        indicator=own_words(text, norm, indicator, sent.start, sent.end, doc.back),
        measure=cast("Measure", measure),
        comparator=cast("Comparator", comparator),
        value=q.value,
        unit=q.unit,
        value_text=text[q.start : q.end],
        strength=cast("Strength", strength),
        year=year,
        qualifier=own_words(text, norm, qualifier, sent.start, sent.end, doc.back) if qualifier else None,
        direction=cast("Direction | None", direction),
        indicator_id=attribution.indicator_id(indicator),
    )


def _table_targets(
    text: str, norm: str, cells: list[TableCell], doc: DocumentContext, state: ReadingState
) -> list[Target]:
    """One record per target cell of a table, for the section's region."""
    region = state.section_region
    return [
        Target(
            start=cell.start,
            end=cell.end,
            text=text[cell.row.start : cell.row.end],
            region=region.name if region else None,
            region_code=region.code if region else None,
            indicator=own_words(text, norm, cell.indicator, cell.row.start, cell.row.end, doc.back),
            measure=cast("Measure", cell.measure),
            comparator=cast("Comparator", cell.comparator),
            value=cell.value,
            unit=cell.unit,
            value_text=text[cell.start : cell.end],
            strength="plan",
            year=cell.year,
            direction="decrease" if any_of(load_roles()["decrease_name"]).search(cell.indicator) else None,
            indicator_id=attribution.indicator_id(cell.indicator),
        )
        for cell in cells
    ]


# Only a joiner between two values: the second shares the first's comparator (分别突破300亿元、250亿元).
_JOINED = re.compile(r"\s*[和与及、]\s*")
# A part that names only a running total takes the indicator spoken of before it.


def _nearest_qualifier(q: Quantity, qualifiers: list[clauses.Qualifier]) -> str | None:
    if not qualifiers:
        return None
    best = min(qualifiers, key=lambda qual: min(abs(qual.start - q.end), abs(q.start - qual.end)))
    return best.text


def _holds_a_number(sent: Span, starts: list[int]) -> bool:
    at = bisect_left(starts, sent.start)
    return at < len(starts) and starts[at] < sent.end


def _back_map(text: str, norm: str) -> dict[str, str]:
    """normalised character → the document's character, for the characters normalising changed."""
    if text == norm:
        return {}
    return {n: t for t, n in zip(text, norm, strict=True) if t != n and not n.isascii()}


__all__ = ["Extraction", "Rejected", "extract_targets", "read_numbers"]
