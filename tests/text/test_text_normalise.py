"""normalise: full-width forms and Traditional characters folded, and never a length change."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taizhang.text.normalise import normalise, to_simplified

CASES = [
    pytest.param("７％", "7%", id="full-width-percent"),
    pytest.param("增长７．５％", "增长7.5%", id="full-width-decimal"),
    pytest.param("，；：（）！？", ",;:()!?", id="full-width-punctuation"),
    pytest.param("ＧＤＰ", "GDP", id="full-width-letters"),
    pytest.param("\u3000\u3000本报讯", "  本报讯", id="ideographic-space"),
    pytest.param("１００億元", "100亿元", id="yi-traditional"),
    pytest.param("新會區工業投資", "新会区工业投资", id="traditional-phrase"),
    pytest.param("港區吞吐量3000萬噸", "港区吞吐量3000万吨", id="traditional-units"),
    pytest.param("二〇二三年", "二〇二三年", id="ling-kept"),
    pytest.param("一二三四五六七八九十百千", "一二三四五六七八九十百千", id="numerals-kept"),
    pytest.param("确保增长7%，力争7.5%", "确保增长7%,力争7.5%", id="simplified-unchanged-but-comma"),
    pytest.param("「一园三中心」、。", "「一园三中心」、。", id="cjk-punctuation-kept"),
    pytest.param("a\r\nb\u2028c", "a\r\nb\u2028c", id="line-breaks-kept"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_lone_surrogates_stay_and_the_rest_converts() -> None:
    assert normalise("億\ud800億") == "亿\ud800亿"


def test_a_character_chain_converts_to_its_end() -> None:
    # OpenCC's t2s maps 薴 to 苧 and 苧 to 苎: one call must reach the end, or normalise is not idempotent.
    assert normalise("薴") == normalise(normalise("薴"))


def _lengthening(text: str) -> str:
    """A stand-in converter whose phrase table turns 億元 into three characters."""
    return text.replace("億元", "亿亿元").replace("億", "亿").replace("萬", "万")


def test_length_changing_conversion_falls_back_only_where_needed() -> None:
    text = "一、100億元;\n二、3萬人\n"
    # Line 1 changed length: its clauses are converted apart, and the clause holding 億元 char by char.
    assert to_simplified(text, _lengthening) == "一、100亿元;\n二、3万人\n"


def test_single_character_expanding_is_kept_as_it_was() -> None:
    assert to_simplified("億萬", lambda text: text.replace("億", "yi")) == "億萬"


def test_opencc_is_not_loaded_on_import() -> None:
    code = "import sys, taizhang.text.normalise; print('opencc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


CJK_HEAVY = st.text(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(min_codepoint=0xFF00, max_codepoint=0xFF65),
        st.sampled_from("億萬噸會區業資與於爭為產總額〇\u3000，。、\n"),
    ),
    max_size=80,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), CJK_HEAVY))
def test_length_is_kept_and_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert len(once) == len(text)
    assert normalise(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8") | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)))
def test_surrogates_never_raise(text: str) -> None:
    assert len(normalise(text)) == len(text)
