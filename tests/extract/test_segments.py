"""Sentences are bounded (issue 13): a run with no 。 is cut at a clause or part mark, so reading
each number's sentence stays linear in the document's length; plans' sentences are never cut."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from taizhang import extract_targets
from taizhang.extract.numbers import find_quantities
from taizhang.extract.segments import MAX_SENTENCE, Span, paragraphs, sentences


def pieces(text: str) -> list[Span]:
    return [s for p in paragraphs(text) for s in sentences(text, p)]


def test_a_plan_sentence_is_whole() -> None:
    text = "今年，" + "确保地区生产总值增长6%以上，" * 20 + "力争实现7%。下一句。"
    assert [s.of(text) for s in pieces(text)] == [text[: text.index("。") + 1], "下一句。"]


def test_a_long_run_is_cut_after_a_mark_into_bounded_sentences() -> None:
    text = "确保增长6%，" * 1000 + "力争增长7%；" * 300
    found = pieces(text)
    assert len(found) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in found)
    assert all(text[s.end - 1] in "，；" for s in found)
    assert "".join(s.of(text) for s in found) == text
    targets = extract_targets(text)
    assert len(targets) == 1300 and {t.strength for t in targets} == {"ensure", "strive"}


def test_a_run_with_no_mark_is_not_cut_inside_a_number() -> None:
    text = "增长16%" * 600
    found = pieces(text)
    assert all(s.end - s.start <= MAX_SENTENCE for s in found)
    cuts = {s.end for s in found}
    assert not [q for q in find_quantities(text) if any(q.start < cut < q.end for cut in cuts)]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="增长6%，。；\n确保力争亿元 ", min_size=0, max_size=5000))
def test_sentences_cover_each_paragraph_in_bounded_pieces(text: str) -> None:
    for p in paragraphs(text):
        found = sentences(text, p)
        assert all(s.end - s.start <= MAX_SENTENCE for s in found)
        assert all(p.start <= s.start < s.end <= p.end for s in found)
        assert all(a.end <= b.start for a, b in pairwise(found))
