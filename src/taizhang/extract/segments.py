"""Cutting a document into the units the grammar reads.

A *paragraph* is a line. A *sentence* ends at 。！？ (and the line end), or is cut after
``MAX_SENTENCE`` characters at its last clause or part mark (no plan writes one that long: the
longest in the annotated sets is 272; an unpunctuated megabyte would make reading each number's
sentence quadratic, issue 13). A *clause* ends at ；— the scope of 确保/力争 (TARGETS.md).
A *part* ends at ，、：— the unit a target's indicator, comparator and value are read from.
Every unit is a ``Span`` of offsets into the document, so nothing is ever copied out of place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_CLAUSE = re.compile(r"[^;；]+[;；]?")
_SENTENCE_END = "。！？!?\n"
_SENTENCE_ENDS = re.compile(f"[{_SENTENCE_END}]+")
_PART = re.compile(r"[^,，、:：]+[,，、:：]?")
MAX_SENTENCE = 1000
_CUT_AFTER = ";；,，、:："

# A list marker at the start of a paragraph: 一、 （一） (一) 1. 1、
_TOP_MARKER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章篇部分])")
# (1), 1. and bullets (- • ·) that open a list item; a bullet before a digit is a minus sign
_SUB_MARKER = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[-•·●▪◆■□*](?=\s*[^\d\s]))")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def _spans(pattern: re.Pattern[str], text: str, within: Span) -> list[Span]:
    return [Span(*m.span()) for m in pattern.finditer(text, within.start, within.end) if m.group().strip()]


def paragraphs(text: str) -> list[Span]:
    return _spans(_PARAGRAPH, text, Span(0, len(text)))


def sentences(text: str, within: Span) -> list[Span]:
    out: list[Span] = []
    for span in _spans(_SENTENCE, text, within):
        while span.end - span.start > MAX_SENTENCE:
            head = _cut(text, span)
            out.append(head)
            span = Span(head.end, span.end)
        if text[span.start : span.end].strip():
            out.append(span)
    return out


def _cut(text: str, span: Span) -> Span:
    """The first MAX_SENTENCE characters of ``span`` or less, ending after a clause or part mark
    (or, with none, before a run of digits, so no number is cut in two)."""
    limit = span.start + MAX_SENTENCE
    end = max(text.rfind(mark, span.start, limit) for mark in _CUT_AFTER) + 1
    if end <= span.start:
        end = limit
        while end > span.start + MAX_SENTENCE // 2 and (text[end - 1].isdigit() or text[end - 1] in ".%"):
            end -= 1
    return Span(span.start, end)


def sentence_around(text: str, start: int, end: int) -> Span:
    """The sentence (or sentences) holding ``text[start:end]``: from after the 。！？ or line end
    before ``start`` to the one ending at or after ``end``, its mark kept, spaces trimmed; at most
    ``MAX_SENTENCE`` characters on each side. What a person reads as the source of a target: the
    region that opens it stays (蓬江区、江海区各突破100亿元, not 江海区各突破100亿元).

    >>> t = "全市工业投资增长10%。其中蓬江区、江海区各突破100亿元；新增项目30个。下一句。"
    >>> sentence_around(t, t.index("100"), t.index("100") + 5).of(t)
    '其中蓬江区、江海区各突破100亿元；新增项目30个。'
    """
    lo = max(0, start - MAX_SENTENCE)
    head = max((text.rfind(mark, lo, start) for mark in _SENTENCE_END), default=-1) + 1
    head = max(head, lo)
    m = _SENTENCE_ENDS.search(text, max(end, start), min(len(text), end + MAX_SENTENCE))
    tail = m.end() if m else min(len(text), end + MAX_SENTENCE)
    while head < tail and text[tail - 1].isspace():
        tail -= 1
    while head < tail and text[head].isspace():
        head += 1
    return Span(head, tail)


def clauses(text: str, within: Span) -> list[Span]:
    return _spans(_CLAUSE, text, within)


def parts(text: str, within: Span) -> list[Span]:
    return _spans(_PART, text, within)


def list_marker(paragraph: str) -> tuple[str, int]:
    """The kind of list marker a paragraph opens with ("top", "sub" or "") and its length."""
    m = _TOP_MARKER.match(paragraph)
    if m:
        return "top", m.end()
    m = _SUB_MARKER.match(paragraph)
    if m:
        return "sub", m.end()
    return "", 0
