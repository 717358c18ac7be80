"""Telling a target from the other numbers of a text.

A plan is full of numbers that are not commitments: last year's results (去年完成…), actuals
in a progress report (1-9月完成…), completion rates and gaps (完成年度目标的71.2%, 滞后3.8个百分点),
facts (面积670多平方公里), ranks already held (居全市第3位), amounts that only qualify what is
counted (亿元以上项目). ``why_not_target`` names the reason a quantity is not a target, or
returns None when it is one. Reasons are kept (not swallowed) so a reviewer can be shown them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from taizhang.extract.attribution import DocumentContext, ReadingState, plan_end
from taizhang.extract.clauses import Qualifier, comparator_after, left_words
from taizhang.extract.lexicon import (
    any_of,
    by_last_char,
    load_comparators,
    load_roles,
    load_units,
    load_words,
    matches_at,
)
from taizhang.extract.numbers import Quantity
from taizhang.extract.segments import Span, list_marker

# Time words, the last of which before a number says whether it is past: 2022年…, 今年…
# (全年 and 年内 are neutral: in 2023年，…全年实现… they speak of the past year.)
# 未来 looks ahead as a time (未来五年, 未来，…), not as a name's word (未来产业, 未来社区).
_FUTURE = r"未来(?=[一二三四五六七八九十两几\d]+年|[,，]|一个时期|一段时期|时期)"
# A five-year plan's period (“十四五”时期江西累计实施…) is a time word too: past once the plan has ended.
_TIME = re.compile(
    rf"到((?:19|20)\d\d)|(?<![\d比较与])((?:19|20)\d\d)年(?!以来|同期)|今年|明年|{_FUTURE}"
    r"|[“\"]?十([三四五六])五[”\"]?(?:时期|期间)"
    r"|(?:^|(?<=[,，;；:：。\s]))((?:19|20)\d\d)(?=[\u4e00-\u9fff])(?!年)"
)
# The first character of every time word: 到, a year's 1 or 2, 今, 明, 未, a quote or 十 (十四五).
_TIME_START = re.compile(r"[到12今明未“\"十]")


def _time_words(text: str) -> list[re.Match[str]]:
    """The time words of ``text`` in order. A year written bare at a clause's start before a word
    (殷勇表示，2025北京全市地区生产总值…) is one, unless a unit follows (2025个 is a count)."""
    units = load_units()
    return [
        m
        for m in matches_at(_TIME, _TIME_START, text)
        if not (m.group(4) and any(text.startswith(u, m.end()) for u in units))
    ]


_GROUP_NAME = re.compile(r"(?:\d+|[两三四五六七八九十])大[\u4e00-\u9fff]{2,6}$")
_AHEAD = re.compile(rf"今年|明年|{_FUTURE}|到20\d\d|下一步|下半年")  # not 全年: in a review it is last year's
_BASELINE = re.compile(r"[比较与同在](?:去年|上年|上一年|过去一年)")
_GAP_TO = re.compile(r"(?:目标|进度|水平|平均)[^,，]{0,3}[低高]$")  # …的年度目标低2.4个百分点
_HELD_RANK = re.compile(r"(?:居|位居|居于|排名|位列|排在|排位)(?:全[省市区县国]|同类)?第[\d一二三四五六七八九十]+")
_COMPLETION_RATE = re.compile(r"完成率(?:达到|达|为|是)?$")  # 投资完成率82.4%: progress, not a target
_LAST_YEARS_TARGET = re.compile(r"(?:去年|上年|上一年)的?(?:预期|增长)?目标(?:为|是)?[「“\"]?$")
_TARGET_NAMED_AFTER = re.compile(r"(?:左右|以上)?的(?:增长|增速)?目标")  # 较上年7.5%的目标
_TARGET_CHANGED = re.compile(r"目标(?:值)?(?:下调|上调|调低|调高|降低|提高|调整)了?$")
_RANK_LIST = re.compile(r"[区县市镇]?(?:排名|排位|前|第|榜|名单|行列|再?进位|再?晋位|位次)")
_TARGET_AFTER = re.compile(r"(?:以上|以内|以下|左右)?的?(?:年度|全年|预期|既定|奋斗|约束性|预期性|规划)*目标")
# Everything up to the last clause or part mark (one backward scan, not one per mark).
_UP_TO_LAST_MARK = re.compile(r".*[,，;；:：]", re.DOTALL)
_LAST_YEAR_AT_END = re.compile(r"(?:上年|去年|上一年)$")
_QUOTE = re.compile(r"[“「『”」』\"]")
_FREQUENCY = re.compile(r"每[年月周日天季]")
_SCHEDULE_AFTER = re.compile(r"的?(?:序时|时序)?进度")
_GRANTED_AFTER = re.compile(r"(?:给予|予以)?(?:一次性)?(?:补贴|奖励|补助|资助|奖补)")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_OPENS_AHEAD = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[)）])?\s*(?:((?:19|20)\d\d)年|今年|明年|下半年)[,，]")
_CLAUSE_END = re.compile(r"[;；。]")
_YEAR_NAMED = re.compile(r"((?:19|20)\d\d)年")
_SUBJECT_BETWEEN = re.compile(r"[,，、;；:：和及的差占为]")
_IS_HELD = re.compile(r"(?:是|已是|作为|已成为)[^,，;；]{0,12}$")


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What the whole sentence says about its numbers."""

    span: Span
    past_section: bool  # the section reviews the past (一、2022年工作回顾)
    ahead_section: bool  # the section sets out what is to be done (三、下半年工作安排)
    past_paragraph: bool  # the paragraph opens on the past (回顾过去一年，…) until a clause looks ahead
    past_before: bool  # an earlier sentence of the paragraph named a past year last (2018年…取得显著成效。)
    period_at: int  # offset of the first reporting-period word (1-9月, 截至…), or -1
    by_status: bool  # period_at is a word of the state at the time of writing (目前, 已开工)
    report: bool  # the sentence gives the report's own statistics (本次共…)
    # Stretches stating targets: after "年度目标为…", or inside "年初确定的…等年度目标"
    target_ranges: tuple[tuple[int, int], ...]
    strict: bool  # the document is a progress report: only linked or promised numbers are targets
    looks_ahead: bool  # the sentence opens on this year or a later one (2023年，力争…; 今年，…)
    doc_year: int | None  # the year 今年 means
    # The sentence breaks down the targets just read: their indicators (年度投资93.48亿元。其中：…年度投资42.57亿元)
    breakdown: tuple[str, ...]

    @classmethod
    def read(cls, norm: str, sent: Span, doc: DocumentContext, state: ReadingState) -> SentenceContext:
        roles = load_roles()
        text = sent.of(norm)
        # where the first period word and the first status word start (one scan each, not one per word)
        period = _period_words_not_basis().search(text)
        period_at = period.start() if period else -1
        # 目前已开工85个，开工率60%，完成投资57.2亿元: from a word of the state at the time of
        # writing on, the sentence reports where things stand
        status = _status_words().search(text)
        status_at = status.start() if status else -1
        by_status = status_at >= 0 and (period_at < 0 or status_at < period_at)
        if by_status:
            period_at = status_at
        if status_at >= 0 and not _commits().search(text):
            # …等64个一季度开复工项目全部开工，…已开工8个: with no word of commitment anywhere in it,
            # the whole sentence reports where things stand, before the status word as after
            period_at, by_status = 0, True
        # 同比增长7.2%, 产值达到441亿元，同比增长25.6%: a sentence comparing with last year reports
        # actuals, before the comparison as after it; under a header looking ahead (主要预期目标) 同比
        # names the basis of a target instead.
        if not state.ahead_section and any_of(roles["yoy"]).search(text):
            period_at = 0
        if period_at < 0 and _HELD_RANK.search(text):
            period_at = 0  # 完成220.1亿元，居全市第3位，增速3.1%: a sentence ranking a result reports actuals
        return cls(
            span=sent,
            past_section=state.past_section,
            ahead_section=state.ahead_section,
            past_paragraph=state.past_paragraph,
            past_before=state.past_before,
            period_at=sent.start + period_at if period_at >= 0 else -1,
            by_status=by_status,
            report=bool(any_of(roles["report"]).search(text)),
            target_ranges=_target_ranges(text, sent.start),
            strict=doc.is_progress_report,
            looks_ahead=_opens_ahead(text, doc.year),
            doc_year=doc.year,
            breakdown=state.previous_targets if re.match(r"\s*其中", text) else (),
        )


def why_not_target(
    norm: str,
    q: Quantity,
    part: Span,
    in_part: list[Quantity],
    qualifiers: list[Qualifier],
    sentence: SentenceContext,
    strength: str,
    indicator: str = "",
) -> str | None:
    """Why ``q`` is not a target, or None when it is one (``indicator``: what its clause names)."""
    roles = load_roles()
    before_in_part = norm[part.start : q.start]
    before_in_sentence = norm[sentence.span.start : q.start]
    if any(qual.start <= q.start < qual.end for qual in qualifiers):
        return "qualifier"
    if q.measure in ("count", "rank") and _inside_quotes(norm, sentence.span.start, q.start):
        return "a number inside a quoted name"
    if _names_a_programme(norm, q, sentence.span.start):
        return "a number inside a quoted name (“千亿斤粮食”产能, “15分钟社区生活圈”)"
    if q.unit == "次" and (before_in_part.endswith("届") or norm.startswith(roles["meeting"], q.end)):
        return "names a meeting (省委十一届四次全会), not a target"
    if q.unit == "次" and _FREQUENCY.search(before_in_part):
        return "a frequency (每月一次), not a target"
    if before_in_part.endswith("连续"):
        return "a streak (连续48个月保持两位数增长), not a figure"
    if q.measure == "count" and _one_at_a_time(norm, q, sentence.span):
        return "one at a time (发现一户、帮扶一户), not a target"
    if q.measure != "count" and _inside_an_example_name(norm, q, sentence.span):
        return "part of a named example before 等 (中石化120万吨乙烯产业集群等项目)"
    if _GROUP_NAME.search(before_in_part):
        return "part of a group's name (4大新兴产业6条重点产业链)"
    if _counts_a_subject(norm, q, part, in_part, qualifiers):
        return "counts the subject of another target"
    if any_of(roles["gap"]).search(before_in_part) or _SCHEDULE_AFTER.match(norm[q.end : q.end + 6]):
        return "gap to a schedule or target"
    if q.unit == "个百分点" and (
        any(w in before_in_part for w in roles["point_gap"]) or _GAP_TO.search(before_in_part)
    ):
        return "gap in percentage points"
    if _LAST_YEARS_TARGET.search(before_in_part):
        return "last year's target, restated (比去年的目标「5%左右」)"
    if q.unit == "个百分点" and _TARGET_CHANGED.search(before_in_part):
        return "a change of a target, not a target (比去年目标下调0.5个百分点)"
    if q.measure == "count" and _contents_pattern().match(norm, q.end):
        return "counts the parts of a text (从10个方面部署, 20个预期性指标), not a target"
    if q.measure == "count" and _state_pattern().match(norm, q.end):
        return "counts things by their present state (85个在建项目), not a target"
    if q.measure == "count" and _counts_regions(norm, q.end):
        return "counts the regions spoken of (17个地级市), not a target"
    if q.measure == "count" and _items_pattern().match(norm, q.end):
        return "counts the items of a work list (抓好40项重点工作：), not a target"
    if _LAST_YEAR_AT_END.search(before_in_part) and _TARGET_NAMED_AFTER.match(norm, q.end):
        return "last year's target, restated (较上年7.5%的目标)"
    last_mark = _UP_TO_LAST_MARK.match(before_in_sentence)
    since_comma = before_in_sentence[last_mark.end() :] if last_mark else before_in_sentence
    if any_of(roles["forecast"]).search(since_comma):
        return "a forecast, not a commitment"
    granted_after = _GRANTED_AFTER.match(norm[q.end : q.end + 8])
    if q.unit in ("元", "美元") and (_policy_pattern().search(_strip_comparators(since_comma)) or granted_after):
        return "a grant or subsidy rule"
    if any_of(roles["existing"]).search(since_comma):
        return "describes what exists already"
    if q.unit == "%" and norm[q.start - 1 : q.start] == "的":
        return "completion rate"
    if q.unit == "%" and strength == "plan" and _COMPLETION_RATE.search(before_in_part):
        return "completion rate"  # 投资完成率82.4% reports progress; 力争…完成率达到80% is a target
    rank_reason = _not_a_rank_target(norm, q, before_in_part, strength)
    if rank_reason is not None:
        return rank_reason
    if sentence.report:
        return "the report's own statistics"
    stated = any(start <= q.start < end for start, end in sentence.target_ranges)
    linked = stated and not _is_actual_part(norm, part, q, sentence.doc_year)
    linked = linked or _linked(norm, q, part) or _breaks_down(indicator, sentence.breakdown)
    bounded = not sentence.strict and bool(_bound_words().search(before_in_part))
    promised = strength != "plan" or bool(_forward_words().search(before_in_part)) or bounded or sentence.looks_ahead
    if sentence.past_section and not linked:
        return "past result (review section)"
    if sentence.past_paragraph and not linked and not _looks_ahead(before_in_sentence, strength):
        return "past result (the paragraph reviews the past)"
    if sentence.past_before and not (linked or promised) and not _time_words(before_in_sentence):
        return "past result (an earlier sentence names a past year)"
    if not linked and _past(norm, q, part, before_in_sentence, sentence):
        return "past result"
    if 0 <= sentence.period_at < q.start and not (linked or promised or _turns_ahead(norm, sentence, q)):
        return "actual for a reporting period"
    if sentence.strict and not (linked or promised or sentence.ahead_section):
        return "a progress report's figure not stated as a target"
    if not linked and _describes(norm, q, part):
        return "fact"
    if linked and not stated and q.unit != "%" and _modifies_a_noun(norm, q):
        return "describes what follows (计划投资4.5亿元的…项目), not a target"
    return None


@cache
def _commits() -> re.Pattern[str]:
    """A word of commitment or strength (预期, 目标, 力争, 确保 …)."""
    return any_of(load_roles()["commit"] + tuple(load_words("strength.tsv")))


def _breaks_down(indicator: str, totals: tuple[str, ...]) -> bool:
    """续建项目年度投资 under 其中 after a target 重点项目年度投资150亿元: a part of a target is a target.
    The two indicators end alike (three characters or more, or one ends the other)."""
    return any(_ends_alike(indicator, total) for total in totals)


def _ends_alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a.endswith(b) or b.endswith(a):
        return True
    return len(a) >= 3 and len(b) >= 3 and a[-3:] == b[-3:]


# After the number: more of a name (2–12 characters, not a comparator word), any further listed
# names, then 等 closing the list of examples (…光伏复合发电等3个, …风光同场、中航公路特色旅游等85个).
_EXAMPLE_NAME = re.compile(
    r"(?!以上|以下|左右|以内|及以上)[\u4e00-\u9fff]{2,12}(?:、[^,，;；。:：、]{1,20})*等(?![级同于])"
)


def _inside_an_example_name(norm: str, q: Quantity, sentence: Span) -> bool:
    """中石化120万吨乙烯产业集群等项目, 推动…、34万千瓦保障性风电等57个: a size inside the name of a
    project listed as an example, not a figure. A verb or comparator right before the size makes it
    the thing delivered (新建300万千瓦光伏等项目)."""
    if not _EXAMPLE_NAME.match(norm, q.end, sentence.end) or norm[q.start - 1 : q.start] == "等":
        return False
    item = re.split(r"[、,，;；:：。]", norm[sentence.start : q.start])[-1]
    if any_of(load_roles()["verb"]).search(item[-4:]):
        return False
    return not any(item.endswith(w) for w, _ in load_comparators()["before"])


def _one_at_a_time(norm: str, q: Quantity, sentence: Span) -> bool:
    """一户 said again in the sentence (发现一户、帮扶一户、清零一户; 成熟一个、开工一个): a way of
    working one case at a time, not a count of one."""
    written = norm[q.start : q.end].lstrip("零")  # 清零一户: the 零 belongs to 清零
    return written.startswith("一") and norm.count(written, sentence.start, sentence.end) >= 2


@cache
def _policy_pattern() -> re.Pattern[str]:
    """给予一次性奖励200万元, 补助最高不超过500万元: a grant rule (not 补助资金安排6.2亿元)."""
    words = "|".join(map(re.escape, load_roles()["policy"]))
    return re.compile(rf"(?:{words})(?:一次性|最高|最多|每[家个人户项])*$")


def _strip_comparators(text: str) -> str:
    """``text`` without the longest comparator word it ends with."""
    for word in _comparators_by_last_char().get(text[-1:], ()):
        if text.endswith(word):
            return text[: -len(word)]
    return text


@cache
def _comparators_by_last_char() -> Mapping[str, tuple[str, ...]]:
    return by_last_char(tuple(w for w, _ in load_comparators()["before"]))


@cache
def _forward_words() -> re.Pattern[str]:
    """In a progress report, words that make a number a commitment rather than an actual."""
    return any_of(load_roles()["forward"])


@cache
def _bound_words() -> re.Pattern[str]:
    """Bounds that promise in a plan or a review; in a text stating results they say what was kept
    to (年末城镇登记失业率控制在4%以内 in a bulletin)."""
    return any_of(load_roles()["bound"])


@cache
def _rank_keep_words() -> re.Pattern[str]:
    """Words before a rank that make it one to reach or keep, not one already held."""
    return any_of(load_roles()["rank_keep"])


@cache
def _held_pattern() -> re.Pattern[str]:
    """A rank already held: 增速居全市第3位, 位列全省第2 (the held words are in context.tsv)."""
    words = "|".join(map(re.escape, load_roles()["held"]))
    return re.compile(rf"(?:{words})(?P<mid>[^,，;；。]{{0,10}})第$")


def _counts_regions(norm: str, at: int) -> bool:
    return norm.startswith(load_roles()["regions"], at)  # one call for the whole word tuple


@cache
def _contents_pattern() -> re.Pattern[str]:
    """10个方面, 20个预期性指标, 50项具体举措: up to four qualifying characters, then a part of a text."""
    words = "|".join(map(re.escape, load_roles()["contents"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{words})")


@cache
def _state_pattern() -> re.Pattern[str]:
    """86个重点在建项目, 57个未开工项目: up to two qualifying characters, then a present state."""
    words = "|".join(map(re.escape, load_roles()["state"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,2}}?(?:{words})")


@cache
def _items_pattern() -> re.Pattern[str]:
    """40项重点工作：, 10件民生实事: a count of the items a list then gives, a colon after it."""
    words = "|".join(map(re.escape, load_roles()["items"]))
    return re.compile(rf"(?:{words})\s*(?:如下|是|为)?\s*[:：]")


def _names_a_programme(norm: str, q: Quantity, start: int) -> bool:
    """A quoted name that goes on after the number (“千亿斤粮食”, “15分钟社区生活圈”) names a programme;
    “千亿强县” (a vision word follows) and “六个百亿” (nothing follows) are targets."""
    if not _inside_quotes(norm, start, q.start):
        return False
    close = min((at for c in '”」』"' if (at := norm.find(c, q.end, q.end + 12)) >= 0), default=-1)
    if close < 0:
        return False
    rest = norm[q.end : close]
    # 要“地区生产总值增长7%左右”: a comparator word after the number makes the quote speech, not a name;
    # “保8%、争9%”: so does a list going on to another value
    if re.match(r"[、,，;；]", rest):
        return False
    return len(rest) >= 2 and not rest.startswith(load_roles()["quote_speech"])


def _inside_quotes(norm: str, start: int, at: int) -> bool:
    if not _QUOTE.search(norm, start, at):
        return False  # most sentences quote nothing
    before = norm[start:at]
    opened = before.count("“") + before.count("「") + before.count("『")
    closed = before.count("”") + before.count("」") + before.count("』")
    return opened > closed or before.count('"') % 2 == 1


def _past(norm: str, q: Quantity, part: Span, before_in_sentence: str, sentence: SentenceContext) -> bool:
    """去年/过去一年 before it in the sentence, 已 in its part, or a past year as the last time word."""
    before_in_part = norm[part.start : q.start]
    if "已" in before_in_part:
        return True
    # A year in brackets is a baseline: 比重达到3.3%（2020年为2.6%）；高新技术企业数量达到600家
    clause = _BRACKETED.sub("", before_in_sentence)
    last = None
    for m in _time_words(clause):
        last = m
    if last is not None:
        # 增长到2021年的2.71万亿元 in 2022: a past year reached
        year = last.group(1) or last.group(2) or last.group(4) or _plan_end(last)
        if year and sentence.doc_year is not None:
            return int(year) < sentence.doc_year
        if not year:
            return False  # 今年…, 到2025年…: the nearest time word looks ahead
    # 比上年增长6%, 较去年: a baseline to grow from, not a past result
    # 3个以上年营收超过50亿元: 以上 then 年营收, not 上年
    without_baselines = _BASELINE.sub("", before_in_sentence.replace("以上年", "以 年"))
    return bool(_past_words().search(without_baselines))


@cache
def _past_words() -> re.Pattern[str]:
    """The past words but those of 已 (已 alone in the part is checked first)."""
    return any_of(tuple(w for w in load_roles()["past"] if not w.startswith("已")))


# 目标为…, 目标是…, 目标明确为6.5%, 目标定为7%: the rest of the sentence states targets.
_STATES_TARGETS = re.compile(r"目标(?:明确|确定|拟定|设定|调整|定)?(?:为|是|:|：)")
_RESTATED = re.compile(r"年初(?:确定|制定|提出)的.{0,80}?目标")


def _target_ranges(text: str, offset: int) -> tuple[tuple[int, int], ...]:
    ranges = [(offset + m.end(), offset + len(text)) for m in _STATES_TARGETS.finditer(text)][:1]
    ranges += [(offset + m.start(), offset + m.end()) for m in _RESTATED.finditer(text)]
    return tuple(ranges)


def _not_a_rank_target(norm: str, q: Quantity, before_in_part: str, strength: str) -> str | None:
    """Ranks that are names, positions held or changes: 百强区排名…, 居全市第3位, 再进5位."""
    if q.measure == "rank" and _RANK_LIST.match(norm, q.end):
        return "a ranking list's name (百强区排名…前60位)"
    if q.measure == "rank" and _IS_HELD.search(before_in_part):
        return "a rank already held (是全国百强县)"
    if q.unit == "位" and before_in_part.endswith(load_roles()["rank_change"]):
        return "a change of rank, not a position"
    held = _held_pattern().search(before_in_part)
    if held and strength == "plan" and not _rank_keep_words().search(held.group("mid")):
        return "rank already held"
    return None


def carry_into_paragraph(text: str, doc_year: int | None, state: ReadingState, was_past: bool) -> None:
    """A paragraph with no time word and no word of commitment goes on about the past year the
    paragraph before it ended on (…2019年，河南省生产总值突破5万亿元。\n尹弘说，…投资增长23%左右)."""
    if not was_past or state.past_section or state.ahead_section or list_marker(text)[0] == "top":
        return  # a section header (二、下半年工作安排) ends the carry
    if not _time_words(text) and not _commits().search(text):
        state.past_year = True


def carry_past_year(text: str, doc_year: int | None, state: ReadingState) -> None:
    """Note whether the paragraph's sentences before ``text`` last named a past year, then read ``text``.

    Called for every sentence, with numbers or without.

    2018年涪城经济社会发展取得显著成效。区属地区生产总值达到379.95亿元: the second sentence
    reports 2018's results though it names no year. A sentence naming 今年, 明年, 到2025年 or a
    year not past ends the carry.
    """
    state.past_before = state.past_year
    roles = load_roles()
    last = None
    for m in _time_words(_BRACKETED.sub("", text)):
        last = m
    if last is not None:
        year = last.group(1) or last.group(2) or last.group(4) or _plan_end(last)
        state.past_year = bool(year and doc_year is not None and int(year) < doc_year)
    elif any_of(roles["yoy"]).search(text) and not any_of(roles["commit"]).search(text):
        state.past_year = True  # 全年地区生产总值…比上年增长5.2%。其中，第一产业增加值…: results go on


def _turns_ahead(norm: str, sentence: SentenceContext, q: Quantity) -> bool:
    """目前已建成1万个，今年新建5000个: after a status word, a time ahead (今年, 下一步,
    到2025年) turns the sentence to what is to be done."""
    if not sentence.by_status:
        return False
    # 今年以来, 今年上半年: a period reported on, not a time ahead
    between = _period_words_not_basis().sub("|", norm[sentence.period_at : q.start])
    return any(not between.startswith("|", m.end()) for m in _AHEAD.finditer(between))


def _plan_end(m: re.Match[str]) -> str | None:
    return str(plan_end(m.group(3))) if m.group(3) else None


def _opens_ahead(text: str, doc_year: int | None) -> bool:
    m = _OPENS_AHEAD.match(text)
    if m is None:
        return False
    return m.group(1) is None or (doc_year is not None and int(m.group(1)) >= doc_year)


def _looks_ahead(before_in_sentence: str, strength: str) -> bool:
    """In a paragraph about the past, a clause with 今年/明年/到2025年 or 确保/力争 speaks of the future."""
    clause = _CLAUSE_END.split(before_in_sentence)[-1]
    if _AHEAD.search(clause):
        return True
    if strength == "plan":
        return False
    # 过去的一年…争取国家级改革试点2项: striving words that report what was won do not look ahead
    obtained = load_roles()["obtained"]
    striving = [w for w in load_words("strength.tsv") if w in clause]
    return not striving or any(w not in obtained for w in striving)


_PLANNED = re.compile(r"(?<!年度)计划(?:新开工|开工|实施|建设|完成|引进|新建|新增)[^,，;；。:：\d]{0,8}$")


def _linked(norm: str, q: Quantity, part: Span) -> bool:
    """The number is named as a target: 年度目标任务100亿元, 不少于16场目标的81.3%."""
    roles = load_roles()
    left = left_words(norm, q, part)
    if left.endswith(roles["link"]) or norm.endswith(roles["link"], part.start, q.start):
        return True
    if _PLANNED.search(norm, part.start, q.start):
        return True  # 计划新开工实施项目109个: what is planned is a target, even in a progress report
    word_after = comparator_after(norm, q.end)
    return bool(_TARGET_AFTER.match(norm, q.end + len(word_after[0]) if word_after else q.end))


def _is_actual_part(norm: str, part: Span, q: Quantity, doc_year: int | None) -> bool:
    """A part reporting an actual inside a stretch of stated targets: …目标为62%，2022年达到58.3%."""
    text = norm[part.start : q.start]
    if _period_words_not_basis().search(text):
        return True  # (同比 names a basis: 预期目标是，地区生产总值同比增长7% is a target)
    years = [int(y) for y in _YEAR_NAMED.findall(text)]
    return bool(years and doc_year is not None and max(years) < doc_year)


@cache
def _status_words() -> re.Pattern[str]:
    """Words of the state at the time of writing (目前, 已开工 …)."""
    return any_of(load_roles()["status"])


@cache
def _period_words_not_basis() -> re.Pattern[str]:
    roles = load_roles()
    return any_of(tuple(w for w in roles["period"] if w not in roles["yoy"]))


def _counts_a_subject(norm: str, q: Quantity, part: Span, in_part: list[Quantity], qualifiers: list[Qualifier]) -> bool:
    """15条重点产业链增加值增长8%: the 15 names what the later target is set for."""
    if q.measure != "count" or q.range_role == "low":
        return False  # 10至15个: the low end of a range, not a subject
    for other in in_part:
        if other.start <= q.end or any(qual.start <= other.start < qual.end for qual in qualifiers):
            continue
        if _qualifies_a_class(norm, other) or norm.startswith("的", other.end):
            continue  # 15个以上年产值超过10亿元、…的企业: the 15 counts, the amount says which
        between = norm[q.end : other.start]
        if len(between) <= 14 and not _SUBJECT_BETWEEN.search(between):
            return True
    return False


# After a value: a list of further values (each item holding a number), then 的 and the noun they qualify.
_LISTED_BEFORE_OF = re.compile(
    r"(?:以上|及以上)?(?:、[^,，;；。:：、的]*\d[^,，;；。:：、的]{0,16})+的(?=[\u4e00-\u9fff])"
)


def _qualifies_a_class(norm: str, q: Quantity) -> bool:
    """产值超100亿元、50亿元、10亿元的链主企业; 15个以上年产值超过10亿元、10个以上…50亿元的企业: values
    listed before 的 and a noun say which things are meant (as 亿元以上项目 does), not a figure."""
    m = _LISTED_BEFORE_OF.match(norm, q.end)
    return q.unit != "%" and m is not None and not _TARGET_AFTER.match(norm, m.end() - 1)


def _modifies_a_noun(norm: str, q: Quantity) -> bool:
    """计划投资4.5亿元的洪海保温材料项目: the amount, even one named as planned, says which project."""
    return bool(re.match(r"的[\u4e00-\u9fff]", norm[q.end : q.end + 2])) and not _TARGET_AFTER.match(norm, q.end)


# A share of things passing a threshold: 20%的村集体年收入超30万元 (the share is the figure, the amount says which)
_SHARE_OF_A_CLASS = re.compile(r"的[\u4e00-\u9fff]{2,12}?(?:超过|超|达到|突破)(?=\d)")
_IN_A_SHARE_OF_A_CLASS = re.compile(r"\d%的[\u4e00-\u9fff]{2,12}?(?:超过|超|达到|突破)$")


def _describes(norm: str, q: Quantity, part: Span) -> bool:
    """面积670多平方公里, 总投资200亿元的中创新航: a fact about something, not a commitment."""
    if q.unit == "%" and _SHARE_OF_A_CLASS.match(norm, q.end, part.end):
        return False
    if _IN_A_SHARE_OF_A_CLASS.search(norm, part.start, q.start):
        return True
    if norm.startswith("的", q.end) and not _TARGET_AFTER.match(norm, q.end):
        return True
    if _qualifies_a_class(norm, q):
        return True
    left = norm[part.start : q.start]
    if not left.endswith(load_roles()["fact"]):
        return False
    if any(left.endswith(w) for w, _ in load_comparators()["before"]):
        return False  # 稳定在280万亩: a level to keep, not a fact
    if any(norm.startswith(w, q.end) for w, c in load_comparators()["after"] if c != "~"):
        return False
    # 新增造林绿化面积1.5万亩: an area to deliver, not a fact
    return not any_of(load_roles()["verb"]).search(left)
