"""Qualitative commitments: promises with no quantity of their own.

"争创全国文明城市", "推动珠西创谷打造国家级科技企业孵化器", "确保黄茅海跨海通道主体工程年内基本完工",
"居民人均可支配收入增长…与经济增长基本同步". TARGETS.md keeps these out of the target records, but the
ledger tracks them (done / not done). A part of a clause is a commitment when it has a promising
verb whose object is a title, a level or a milestone (commitments.tsv), or a relative target,
and no target of its own; past and actual sentences are skipped as they are for targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

from taizhang.extract import attribution
from taizhang.extract.attribution import DocumentContext, ReadingState
from taizhang.extract.lexicon import load_roles, words_with_label
from taizhang.extract.numbers import QuantityIndex, find_quantities
from taizhang.extract.pipeline import as_date
from taizhang.extract.segments import Span, clauses, paragraphs, parts, sentences
from taizhang.text.normalise import normalise

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Commitment:
    """One qualitative commitment and where it was read."""

    start: int
    end: int
    text: str
    region: str | None
    region_code: str | None
    year: int | None
    strength: str
    verb: str

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "region": self.region,
            "region_code": self.region_code,
            "year": self.year,
            "strength": self.strength,
            "verb": self.verb,
        }


def extract_commitments(text: str, *, region: str | None = None, date: Date | str | None = None) -> list[Commitment]:
    """Every qualitative commitment in ``text``, in document order. Pure, like ``extract_targets``."""
    doc_date = as_date(date)
    norm = normalise(text)
    doc = DocumentContext.build(norm, region, doc_date)
    quantities = QuantityIndex(find_quantities(norm))
    verbs = words_with_label("commitments.tsv", "verb")
    objects = words_with_label("commitments.tsv", "object")
    relatives = words_with_label("commitments.tsv", "relative")
    state = ReadingState(section_region=doc.default_region)
    out: list[Commitment] = []
    for para in paragraphs(norm):
        attribution.read_header(norm, para, doc, state)
        if state.past_section or state.past_paragraph:
            continue
        for sent in sentences(norm, para):
            if _reports_the_past(norm, sent):
                continue
            for clause in clauses(norm, sent):
                clause_parts = parts(norm, clause)
                strengths = attribution.part_strengths(norm, clause_parts, quantities)
                for part, strength in zip(clause_parts, strengths, strict=True):
                    found = _commitment_in(norm, part, verbs, objects, relatives)
                    if found is None:
                        continue
                    start, verb = found
                    place = attribution.region_for(norm, sent, part, start, doc, state)
                    year = attribution.horizon_before(norm, sent, part.end, doc, state) or doc.default_year
                    out.append(
                        Commitment(
                            start=part.start,
                            end=part.end - (1 if norm[part.end - 1] in ",，、:：;；。" else 0),
                            text=text[part.start : part.end].rstrip(",，、:：;；。"),
                            region=place.name if place else None,
                            region_code=place.code if place else None,
                            year=year,
                            strength=strength,
                            verb=verb,
                        )
                    )
    return out


def _commitment_in(
    norm: str, part: Span, verbs: tuple[str, ...], objects: tuple[str, ...], relatives: tuple[str, ...]
) -> tuple[int, str] | None:
    """(offset, verb) of a commitment in ``part``, or None. A part with a number is a target's."""
    text = part.of(norm)
    if _DIGIT.search(text) or any(w in text for w in ("千亿", "百亿", "万亿")):
        return None
    for word in relatives:
        at = text.find(word)
        if at >= 0:
            return part.start + at, word
    for word in words_with_label("commitments.tsv", "milestone"):
        at = text.find(word)
        if at >= 0:
            return part.start + at, word
    for verb in verbs:
        at = text.find(verb)
        if at >= 0 and any(o in text[at + len(verb) :] for o in objects):
            return part.start + at, verb
    return None


def _reports_the_past(norm: str, sent: Span) -> bool:
    text = sent.of(norm)
    roles = load_roles()
    return any(w in text for w in roles["past"] if len(w) > 1) or any(w in text for w in roles["period"])


__all__ = ["Commitment", "extract_commitments"]
