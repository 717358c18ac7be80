"""Qualitative commitments: promises without a number of their own."""

from __future__ import annotations

import pytest

from taizhang.extract.commitments import extract_commitments

CASES = [
    ("title", "今年要争创全国文明城市。", [("争创", "strive")]),
    ("level-object", "推动珠西创谷打造国家级科技企业孵化器。", [("打造", "plan")]),
    ("milestone", "确保黄茅海跨海通道主体工程年内基本完工。", [("基本完工", "ensure")]),
    ("relative", "居民人均可支配收入增长与经济增长基本同步。", [("同步", "plan")]),
    ("a-number-makes-it-a-target", "争创全国高新区50强。", []),
    ("no-title-no-commitment", "打造宜居宜业和美乡村。", []),
    ("past-is-not-a-promise", "去年成功创建全国文明城市。", []),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_commitments(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_commitments(text, region="江门市", date="2023-01-20")
    assert [(c.verb, c.strength) for c in found] == expected
    for c in found:
        assert text[c.start : c.end] == c.text
        assert c.region_code == "440700"
        assert c.year == 2023


def test_section_region_applies() -> None:
    text = "台山市市长郑劲龙:\n\n力促工业新城成功创建省级高新区。"
    (found,) = extract_commitments(text, region="江门市", date="2023-01-20")
    assert found.region == "台山市"
