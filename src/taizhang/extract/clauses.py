"""Reading the words around a quantity: comparator, measure, direction, indicator, qualifier.

Each function looks at one *part* of a clause (text between ，、：) and the quantity in it,
and returns one attribute. They are pure and small, so each can be tested alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from taizhang.extract.lexicon import (
    any_of,
    by_first_char,
    by_last_char,
    load_comparators,
    load_roles,
    load_words,
    matches_at,
)
from taizhang.extract.numbers import Quantity
from taizhang.extract.segments import Span

# Time expressions that are horizons, not part of an indicator: 到2025年, 未来三年内, 年底前, "十四五"期末
TIME_EXPRESSION = re.compile(
    r"(?:到|至|在|于)?(?:20\d\d|二〇[〇一二三四五六七八九]{2})年(?:底|末|内)?(?:前)?"
    r"|未来[一二三四五两\d]+年(?:内)?|[一二三四五两\d]+年内"
    r"|[“\"]?十[三四五六][五][”\"]?(?:规划)?(?:期末|末|期间|时期)?"
    r"|年底前|年内|年底|年初|今年|全年|明年|本年度|[上下]半年|[一二三四]季度末?"
)

# A money amount that qualifies what is counted (亿元以上项目, 超50亿元项目, 千亿级产业集群).
_QUALIFIER = re.compile(
    r"(?:投资)?(?:超过|超)?(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)?[万亿](?:美?元)?或)?"
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)?[万亿]美?元?(?:以上|及以上)?"
    r"(?=(?:的)?(?:重大|产业|工业|制造业|大|新)?(?:项目|企业|工业项目))"
    r"|(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)?[万亿]元?级"
    r"|\d+(?:\.\d+)?岁(?:以下|以上|及以上)"
    r"|\d+(?:\.\d+)?[万亿]?元(?:以上|以下)的(?=[\u4e00-\u9fff])"  # 10万元以上的村
    r"|(?:世界|中国|全国|国内|民营)\d+强(?![,，;；。、!！]|$)"  # 世界500强企业: a class (冲刺全国50强。 is a rank)
)
# Every match of _QUALIFIER holds one of these characters: a part without them has no qualifier.
_QUALIFIER_CHARS = re.compile(r"[万亿岁元强]")
# … and starts with one of these (投资, 超, a number, 万/亿, 世界/中国/全国/国内/民营).
_QUALIFIER_START = re.compile(r"[投超\d一二三四五六七八九十百千两万亿世中全国民]")
# Where something is held: 在深举办 …招商大会 → qualifier 在深
_PLACE_QUALIFIER = re.compile(r"在[\u4e00-\u9fff]{1,3}?(?=举办|召开|开展|组织|设立|新设)")
_PLACE_QUALIFIER_CHAR = re.compile("在")
# Everything up to the last opening quote (one backward scan, not one per kind of quote).
_UP_TO_LAST_OPEN_QUOTE = re.compile(r".*[“「『]", re.DOTALL)

_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")
_QUOTES_OPEN = "“「『\"'《(（"
_PUNCT = ",，、:：;；。!！?？ \t"
_BULLETS = "-•·●▪◆■□*"
# Pinyin a mirror site inserted after a character: 長(zhǎng), 業(yè).
MIRROR_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
_TIME_CHARS = re.compile("[年十季]")
_PER_PERSON = re.compile(r"每[百千万十]?(?:常住|户籍)?人|人均|户均")
_CHANGED_FROM = re.compile(r"(?:目标)?由(?:[\d.]+%)?$")
_SHARE_NAMED = re.compile(r"比重|占比|比例|比率|[^增]率")
_GROWTH_OF_RATE = re.compile(r"增长|增速|增幅")
_DIGIT = re.compile(r"\d")
_AND = re.compile(r"[和及与]")
_LEADING_JUNK = _PUNCT + _QUOTES_OPEN + "及和与" + _BULLETS


def without_pinyin(phrase: str) -> str:
    """``phrase`` without the pinyin a mirror site put after its characters (most texts have none)."""
    return MIRROR_PINYIN.sub("", phrase) if "(" in phrase else phrase


@dataclass(frozen=True, slots=True)
class Qualifier:
    start: int
    end: int
    text: str


def find_qualifiers(text: str, part: Span) -> list[Qualifier]:
    """Money amounts and places in ``part`` that qualify a count instead of being targets."""
    found = []
    for pattern, needs, first in (
        (_QUALIFIER, _QUALIFIER_CHARS, _QUALIFIER_START),
        (_PLACE_QUALIFIER, _PLACE_QUALIFIER_CHAR, _PLACE_QUALIFIER_CHAR),
    ):
        if not needs.search(text, part.start, part.end):
            continue  # most parts: one scan for a character instead of the whole pattern at every position
        for m in matches_at(pattern, first, text, part.start, part.end):
            if m.end() > m.start() and not (
                pattern is _QUALIFIER and m.group().startswith("投资") and len(m.group()) == 2
            ):
                found.append(Qualifier(m.start(), m.end(), m.group()))
    return found


def comparator_of(text: str, q: Quantity, part: Span) -> tuple[str, int, int]:
    """The comparator and the span (number, unit and adjacent comparator words) of a quantity."""
    comparators = load_comparators()
    start, end = q.start, q.end
    found: str | None = None
    aside = _ASIDE.match(text, q.end)  # 90万头（只）以上: a bracketed alternative unit
    after = aside.end() if aside else q.end
    word_after = comparator_after(text, after)
    if word_after is not None:
        found, end = word_after[1], after + len(word_after[0])
    before: str | None = None
    meaning = _before_meaning()
    if q.start > part.start:
        for word in _comparators_by_last_char().get(text[q.start - 1], ()):
            if text.endswith(word, part.start, q.start):
                before, start = meaning[word], q.start - len(word)
                break
    if found is None:
        found = before
    if found is None:
        left = text[max(part.start, q.start - 10) : q.start]
        for word, comp in comparators["near"]:
            if word in left:
                found = comp
                break
    if found in (None, "=") and q.range_role is not None:
        found = ">=" if q.range_role == "low" else "<="
    if found is None and q.approx:
        found = "~"
    if found is None and q.measure == "rank":
        # 50强, 前3名: a position at or above; a bare 第3位 is that position
        found = "=" if text[q.start - 1 : q.start] == "第" else "<="
    return found or "=", start, end


def comparator_after(text: str, at: int) -> tuple[str, str] | None:
    """The longest comparator word that starts at ``at`` (以上, 以内 …) and its comparator, or None."""
    for word, comparator in _after_by_first_char().get(text[at : at + 1], ()):
        if text.startswith(word, at):
            return word, comparator
    return None


@cache
def _after_by_first_char() -> Mapping[str, tuple[tuple[str, str], ...]]:
    """The "after" comparator words by their first character, longest first (the table's order)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, comparator in load_comparators()["after"]:
        out.setdefault(word[:1], []).append((word, comparator))
    return {first: tuple(pairs) for first, pairs in out.items()}


@cache
def _before_meaning() -> Mapping[str, str]:
    return dict(load_comparators()["before"])


def _strip_end(phrase: str, index: Mapping[str, tuple[str, ...]]) -> str:
    """``phrase`` with any of the words of ``index`` (``by_last_char``) taken off its end, repeatedly
    (longest word first)."""
    while phrase:
        for w in index.get(phrase[-1], ()):
            if phrase.endswith(w):
                phrase = phrase[: -len(w)]
                break
        else:
            return phrase
    return phrase


@cache
def _promise_words() -> re.Pattern[str]:
    return any_of(tuple(load_words("strength.tsv")))


@cache
def _comparator_words(position: str) -> tuple[str, ...]:
    return tuple(w for w, _ in load_comparators()[position])


@cache
def _before_words() -> tuple[str, ...]:
    words = {w for w, _ in load_comparators()["before"]}
    roles = load_roles()
    words.update(roles["growth"])
    words.update(roles["decrease"])
    words.update(roles["trail"])
    words.update(w for w in roles["link"] if "目标" in w)  # 控制在年度目标3%以内
    words.update(load_words("strength.tsv"))  # 同期力争均达到…
    return tuple(sorted(words, key=len, reverse=True))


def left_words(text: str, q: Quantity, part: Span) -> str:
    """The words of ``part`` before the quantity, comparator words at the end removed, and the
    pinyin some mirror sites put after characters (增長(zhǎng)) left out."""
    return _strip_end(without_pinyin(text[part.start : q.start]), _comparators_by_last_char())


# A growth word right after a per cent (a comparator word or 的 between): 4.5%增长, 6%左右的增长
_GROWTH_AFTER = re.compile(r"(?:左右|以上)?的?(?:增长|增速|增幅)")


def measure_of(text: str, q: Quantity, part: Span) -> tuple[str, str | None]:
    """The measure (level/growth/count/share/rank) and direction ("decrease" or None)."""
    roles = load_roles()
    left = left_words(text, q, part).rstrip("了 \t")  # a table cell: 规上工业增加值增速\t7%
    if q.measure == "count" and _PER_PERSON.search(left):
        return "level", None  # 每千人口医师数3.6人: a ratio, not a count
    direction = "decrease" if left.endswith(roles["decrease"]) else None
    left = _CHANGED_FROM.sub("", left)  # 年均增长目标由10%调整为8%
    if q.unit == "%":
        if left.endswith(roles["growth"]) or direction:
            return "growth", direction
        if _growth_named().search(left) and not _share_words().search(left):
            return "growth", direction  # 经济增长预期在5%: the growth word need not stand last
        if _GROWTH_AFTER.match(text, q.end) and not any_of(roles["share_word"]).search(left):
            return "growth", direction  # 预期有4.5%增长, 实现6%的增长: the growth word after the rate
        return "share", direction
    if q.unit == "个百分点":
        # 比重提高1个百分点 changes a share; 增速高出1个百分点 a growth rate
        share = _SHARE_NAMED.search(left) and not _GROWTH_OF_RATE.search(left)
        return ("share" if share else "growth"), direction
    return q.measure, direction


def indicator_of(text: str, q: Quantity, part: Span, qualifiers: list[Qualifier], regions: tuple[str, ...]) -> str:
    """The indicator in the text's own words: the noun phrase before the number, or after it.

    Leading verbs and time words (推动, 全年, 力争, 到2025年) and trailing comparator words
    (突破, 增长, 控制在) are dropped; a qualifier (亿元以上) is cut out: 引进超亿元项目30个 → 引进项目.
    An empty result means the indicator is the one the text spoke of last (力争实现7.5%).
    """
    if q.range_role == "high" or follows_quantity(text, part.start, q.start):
        return ""  # 增长5.5%-6.5%, 分别增长9%和5%: the indicator is the one before
    quoted = _quoted_name(text, q, part)
    if quoted:
        return quoted  # 向着“千亿强县”目标奋进: the quoted name is what is measured
    raw_left = _clean(text, part.start, q.start, qualifiers, regions)
    phrase = _strip_start(_strip_end(raw_left, _before_words_by_last_char()), regions)
    if _is_only_function_words(phrase) or phrase.startswith(load_roles()["comparison"]):
        phrase = ""  # 较年初确定的…: a comparison, not a name
    if "分别" in phrase:
        phrase = phrase.split("分别")[-1]  # 寅街镇、苴力镇分别建设…: the places are not the indicator
    promises = load_words("strength.tsv")
    inner = [phrase.rfind(w) + len(w) for w in promises if w in phrase] if _promise_words().search(phrase) else []
    if inner and len(phrase) - max(inner) >= 3:
        phrase = phrase[max(inner) :]  # 两镇争创全省经济百强镇: what is promised follows the promise word
    named = [m.end() for m in any_of(load_roles()["aim"]).finditer(phrase)]
    if named and len(phrase) - named[-1] >= 2 and _a_name(phrase[named[-1] :]):
        phrase = phrase[named[-1] :]  # 国家发展预期目标经济增长, 报告提出的经济增长: what the target is set for follows
    right = _right_noun(text, q, part, qualifiers, regions)
    verb = _tail_verb(raw_left)
    counted = q.measure == "count"
    modifies = not phrase and right and not right.startswith(load_roles()["not_a_noun"])
    if right and ((counted and (not phrase or verb)) or (verb and phrase == verb) or modifies):
        # 推动84个江门重点项目加快建设, 举办不少于16场招商大会, 打造千亿产值园区: the thing follows the number.
        return (verb + right)[:24]
    return phrase


_JOINED_AFTER_NUMBER = re.compile(r"[\d%][^\d,，;；。]{0,4}?(?:以上|以内|左右)?\s*(?:和|与|及|、|-|—|–|~)\s*$")


def _a_name(rest: str) -> bool:
    """What follows a target word names something (经济增长), rather than going on with how the
    target is set (由10%下调至, 为五年累计, 设定在, 明确, 按年)."""
    if re.search(r"\d|设定|设置|锚定|定为|定在|确定|明确|调", rest):
        return False
    return not rest.startswith(load_roles()["target_setting"])


def follows_quantity(text: str, start: int, at: int) -> bool:
    """Whether only a joiner (和 与 及 、 -) stands between an earlier number and this one."""
    return bool(_JOINED_AFTER_NUMBER.search(text[start:at]))


def _right_noun(text: str, q: Quantity, part: Span, qualifiers: list[Qualifier], regions: tuple[str, ...]) -> str:
    """The noun right after a number (84个江门重点项目), or "" when what follows is no noun."""
    word_after = comparator_after(text, q.end)
    after_start = q.end + len(word_after[0]) if word_after else q.end
    if after_start >= part.end or text[after_start] in _PUNCT or text[after_start] == "的":
        return ""  # the number closes its part: nothing is named after it
    right = _clean(text, after_start, part.end, qualifiers, regions).rstrip(_PUNCT + '”」』"')
    right = right.lstrip("的")
    if not right or _DIGIT.search(right) or right.startswith(load_roles()["link"]):
        return ""
    return _AND.split(right, maxsplit=1)[0]  # 十件民生实事和民生“微实事”: the first thing named


def _quoted_name(text: str, q: Quantity, part: Span) -> str:
    last_open = _UP_TO_LAST_OPEN_QUOTE.match(text, part.start, q.start)
    open_at = last_open.end() - 1 if last_open else -1
    if open_at < 0 or any(c in text[open_at : q.start] for c in "”」』"):
        return ""
    close_at = min((at for c in "”」』" if (at := text.find(c, q.end, part.end)) >= 0), default=-1)
    if close_at < 0 or close_at - open_at > 10:
        return ""
    return text[open_at + 1 : close_at]


def _clean(text: str, start: int, end: int, qualifiers: list[Qualifier], regions: tuple[str, ...]) -> str:
    phrase = text[start:end]
    if qualifiers:  # cut the qualifiers out, character by character
        chars = list(phrase)
        for qual in qualifiers:
            for i in range(max(qual.start, start), min(qual.end, end)):
                chars[i - start] = ""
        phrase = "".join(chars)
    phrase = without_pinyin(phrase)
    if _TIME_CHARS.search(phrase):  # every time expression holds 年, 十 (十四五) or 季
        phrase = TIME_EXPRESSION.sub("", phrase)
    return phrase.strip(_PUNCT)


@lru_cache(maxsize=64)  # one entry per document's region words
def _lead_index(regions: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """Words a phrase may open with that are not its name: leading verbs, 距年度目标…, region names."""
    roles = load_roles()
    targets_named = tuple(w for w in roles["link"] if "目标" in w)  # 距年度目标…, 占年度目标…
    return by_first_char(roles["lead"] + targets_named + regions)


def _strip_start(phrase: str, regions: tuple[str, ...]) -> str:
    index = _lead_index(regions)
    while phrase:
        phrase = phrase.lstrip(_LEADING_JUNK)
        for w in index.get(phrase[:1], ()):
            if phrase.startswith(w):
                phrase = phrase[len(w) :]
                break
        else:
            break
    return phrase.rstrip(_QUOTES_OPEN).strip(_PUNCT)


def trim_phrase(phrase: str, regions: tuple[str, ...] = ()) -> str:
    """A phrase without its leading function words and trailing comparator words."""
    return _strip_start(_strip_end(phrase.strip(_PUNCT), _before_words_by_last_char()), regions)


def _is_only_function_words(phrase: str) -> bool:
    return all(ch in "的了和与及并在将要把被对向着于" or not ch.strip() for ch in phrase)


def _tail_verb(left: str) -> str:
    left = _strip_end(left, _tail_words_by_last_char())
    # the longest verb that ends ``left`` (all of them share its last character)
    for verb in _verbs_by_last_char().get(left[-1:], ()):
        if left.endswith(verb) and verb not in _not_tail_verbs():
            return verb
    return ""


# Word lists by last character, built once (a lookup keyed by the word tuple would hash it each time).


@cache
def _comparators_by_last_char() -> Mapping[str, tuple[str, ...]]:
    return by_last_char(_comparator_words("before"))


@cache
def _before_words_by_last_char() -> Mapping[str, tuple[str, ...]]:
    return by_last_char(_before_words())


@cache
def _tail_words_by_last_char() -> Mapping[str, tuple[str, ...]]:
    """Words after a verb that are not the thing acted on: 不少于, 带头, 将."""
    return by_last_char((*_comparator_words("near"), "带头", "将"))


@cache
def _verbs_by_last_char() -> Mapping[str, tuple[str, ...]]:
    return by_last_char(load_roles()["verb"])


@cache
def _not_tail_verbs() -> frozenset[str]:
    """Verbs that end a phrase but are no action of their own on the thing counted (推动84个…)."""
    return frozenset(load_roles()["not_tail_verb"])


@cache
def _growth_named() -> re.Pattern[str]:
    """A growth named anywhere before a % (经济增长预期在5%), not only right before it."""
    return any_of(load_roles()["growth_named"])


@cache
def _share_words() -> re.Pattern[str]:
    """Words that make a % a share even when a growth word stands earlier in its part."""
    return any_of(load_roles()["share_word"])
