"""Whose target, how firm, and by when: region, strength and year.

* Region: a document speaks for its default region until a section header names another
  ("蓬江区区长马品高:", "（一）蓬江区。"); inside a sentence a region that is the subject of a
  part ("新会区完成工业投资…", "支持江海区…") or a scope word (全市, 全省) overrides it.
* Strength: 确保/力争 set the strength of their part and carry to the following parts of the
  clause that have no verb of their own, up to ；or 。(TARGETS.md).
* Year: the nearest horizon before the number in its sentence (2025年, 未来三年, "十四五", 今年);
  a long-run level with none (千亿强县, 50强) has no year; anything else is the document's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import cache, lru_cache
from typing import cast

from taizhang.data import data_rows
from taizhang.extract.clauses import trim_phrase
from taizhang.extract.kinds import document_kind, states_results
from taizhang.extract.lexicon import any_of, load_comparators, load_numerals, load_roles, load_words, words_with_label
from taizhang.extract.numbers import Quantity, QuantityIndex, parse_chinese_numeral
from taizhang.extract.record import Measure, Target
from taizhang.extract.regions import Region, RegionMention
from taizhang.extract.segments import Span, list_marker

_HEADER_FOLLOW = re.compile(r"[:：。，,\s]|[区市县州旗盟]?长|书记|[区市县州旗盟]?委|人民政府|政府|$")
# After a short region name, words that make it the subject of what follows.
_SHORT_SUBJECT = re.compile(r"的?(?:主要)?(?:经济社会发展)?(?:预期)?目标|提出|明确|确定|计划|力争|确保")
_PAST_HEADER = re.compile(r"回顾|过去[一五]年|去年|工作总结|主要成绩|成效|发展基础")
# A header that is a year alone (2025年), over a list of that year's results or targets.
_YEAR_HEADER = re.compile(r"((?:19|20)\d\d)\s*年度?")
_TASK_TITLE = re.compile(r"((?:19|20)\d\d)\s*年度?[^\n执完]{0,14}?(?:重点任务|任务清单|工作要点|工作安排|工作计划)")
_PAST_OPENING = re.compile(r"(?:[^，。:：]{1,8}[:：])?(?:回顾)?(?:过去[一五]年|去年|过去的一年|上一年)")
# A year named as the year of targets (2024年主要预期目标, 2024年工作安排): never a past baseline,
# whatever the publication date, and as a header it holds for the paragraphs under it.
_TARGET_YEAR = re.compile(r"((?:19|20)\d\d)年[^，。,；;:：\n]{0,14}?(?:目标|任务|工作安排|计划)")
_EARLIER_PLAN = re.compile(r"(?:[^，。:：]{1,8}[:：])?[“\"]?十([三四五六])五[”\"]?(?:时期|期间)")
_PLAN_TITLE = re.compile(r"[“\"]?十([三四五六])五[”\"]?\s*规划|第十([三四五六])个五年规划|五年规划|规划纲要")
_HORIZON = re.compile(
    r"(?<![比较与同在])((?:19|20)\d\d)年(?!以来|同期|的|基础|水平|为基)"
    r"|(?:未来|今后)([一二三四五两\d]+)年|([一二三四五两\d]+)年内|(?<![\d十])([三五两])年(?=累计|引进|培育|新增|完成|建成|实现|内)"
    r"|十([三四五六])五"
    r"|(同期|届时)"
    r"|(今年|全年|年内|年底|本年度|年度)"
    r"|(?<![比较与同在])(二〇[〇一二三四五六七八九]{2})年(?!以来|同期|的|基础|水平)"
)
# A text shorter than this is a snippet a user pasted (工业投资增长10%): read as stating targets
# even without a word of commitment, which a whole document needs.
_SNIPPET = 200
_OPENING_QUOTES = ("“", "「", '"')
_VISION_AFTER = re.compile(r"[^,，、。;；]{0,6}?(?:强区|强县|强市|强镇|关口|园区)")
# A document for a stated period: 三年行动方案（2024—2026年） → targets without a horizon are due at its end
_PERIOD_TITLE = re.compile(r"((?:19|20)\d\d)\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年")
_PLACE_SUFFIX = re.compile(r"(?:区|片区|园|园区|组团|新城|镇|村|港|港区|基地|发展区)$")
_CLAUSE_MARK = re.compile(r"[，,。；;]")
_YEAR_REVIEWED = re.compile(r"((?:19|20)\d\d)年.{0,12}(执行|完成|工作|情况)")
_OPENING_HORIZON = re.compile(r"\s*(?:到|至)((?:20)\d\d)年(?:底|末)?[,，]")
_TOWARDS = re.compile(r"[向朝]着?")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_DIGIT = re.compile(r"\d")


@cache
def _plan_end() -> dict[str, int]:
    """The five-year plans by the numeral of their name (十四五 → 四): the year each ends."""
    return {ordinal: int(last) for ordinal, _, last in data_rows("five_year_plans.tsv")}


def plan_end(numeral: str) -> int:
    """The last year of the five-year plan 十<numeral>五 (十四五 → 2025)."""
    return _plan_end()[numeral]


@dataclass(frozen=True, slots=True)
class Place:
    """A region as a record names it: full Simplified name and GB/T 2260 code (None when unknown)."""

    name: str
    code: str | None


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What holds for the whole document."""

    default_region: Place | None
    city: Place | None  # the prefecture 全市 means
    province: Place | None  # the province 全省 means
    year: int | None
    default_year: int | None
    kind: str | None  # plan, work_report, bulletin, progress_report, summary, supervision (kinds.py)
    commits: bool  # the text holds a word of commitment somewhere (预期, 目标, 力争 …), or is a snippet
    region_words: tuple[str, ...]  # names and short names of the regions around, to strip from indicators
    back: dict[str, str]  # normalised character → the document's own (for Traditional texts)
    date: Date | None = None  # the publication date (the periods of actuals are read against it)
    results_only: bool = False  # its numbers are spoken of only as results (kinds.reports_results_only)

    @classmethod
    def build(
        cls, norm: str, region: str | None, doc_date: Date | None, back: dict[str, str] | None = None
    ) -> DocumentContext:
        from taizhang.extract.regions import load_regions

        table = load_regions()
        found = table.resolve(region) if region else _region_in_title(norm[:200])
        default = Place(found.name, found.code) if found else (Place(region, None) if region else None)
        city = province = None
        words: list[str] = []
        if found is not None:
            pref = table.prefecture_of(found.code)
            city = Place(pref.name, pref.code) if pref else None
            prov = table.by_code(found.code[:2] + "0000")
            province = Place(prov.name, prov.code) if prov else None
            # Names a part may open with (青岛市地区生产总值…): the regions around the document's own.
            for around in (pref, prov if found.level == "province" else None):
                if around is None:
                    continue
                for r in (around, *table.children(around.code)):
                    words.append(r.name)
                    words.extend(r.short_names)
        head = _title(norm)
        year = _planning_year(norm, _title(norm), doc_date)
        plan = _PLAN_TITLE.search(head)
        which = plan and (plan.group(1) or plan.group(2))
        default_year = _plan_end()[which] if which else year
        period = _PERIOD_TITLE.search(norm[:300])
        if period and int(period.group(1)) <= int(period.group(2)):
            default_year = int(period.group(2))
        return cls(
            default_region=default,
            city=city,
            province=province,
            year=year,
            default_year=default_year,
            kind=document_kind(head, norm),
            commits=len(norm) < _SNIPPET or bool(any_of(load_roles()["commit"]).search(norm)),
            region_words=tuple(words),
            back=back or {},
            date=doc_date,
        )

    @property
    def is_progress_report(self) -> bool:
        """The document states results: a bulletin, progress report, summary or supervision notice,
        any text without a word of commitment, or one whose numbers are spoken of only as results."""
        return states_results(self.kind) or not self.commits or self.results_only

    @property
    def context_code(self) -> str | None:
        """Where short names are read: the prefecture, or the document's own region above it."""
        if self.city is not None:
            return self.city.code
        return self.default_region.code if self.default_region else None

    def resolve(self, name: str) -> Place | None:
        from taizhang.extract.regions import load_regions

        context = self.context_code
        r = load_regions().resolve(name, context=context)
        return Place(r.name, r.code) if r else None


def _planning_year(norm: str, head: str, doc_date: Date | None) -> int | None:
    """The year the document plans for: its date's; the next one for a December text that names it;
    the year whose tasks its title lists.

    A work report delivered in December (12月28日…作政府工作报告) reviews the year ending and sets
    targets for the next: 2022年… are then results and 2023年主要预期目标 the targets. A list
    titled 2023年度…重点任务 and put online in January 2024 still lists 2023's tasks.
    """
    if doc_date is None:
        return None
    tasks = [int(m.group(1)) for m in _TASK_TITLE.finditer(head)]
    if tasks and max(tasks) < doc_date.year:
        return max(tasks)
    if doc_date.month == 12 and f"{doc_date.year + 1}年" in norm:
        return doc_date.year + 1
    return doc_date.year


def _title(norm: str) -> str:
    """The document's title: its first few short lines (a notice's header, the plan's name)."""
    lines = [line.strip() for line in norm[:600].splitlines() if line.strip()]
    return "\n".join(line for line in lines[:4] if len(line) <= 80 and not re.search(r"[。，,；;]", line))


def _region_in_title(head: str) -> Region | None:
    """With no region given, the first full region name in the title (江门市人民政府工作报告)."""
    from taizhang.extract.regions import load_regions

    for m in load_regions().find_mentions(head):
        if m.region.name == head[m.start : m.end]:
            return m.region
    return None


@dataclass(slots=True)
class ReadingState:
    """What the reader carries from one paragraph and sentence to the next."""

    section_region: Place | None
    past_section: bool = False
    ahead_section: bool = False  # the section sets out what is to be done (三、下半年工作安排)
    past_paragraph: bool = False
    past_year: bool = False  # the last time word of the paragraph so far names a past year (2018年…)
    past_before: bool = False  # … as it was before the sentence being read
    past_list: bool = False  # the paragraph before opened on the past and ended with a colon: its items are past
    last_indicator: str = ""
    # Indicators of the targets read in the sentence before and in this one (a 其中 breakdown follows)
    previous_targets: tuple[str, ...] = ()
    sentence_targets: list[str] = field(default_factory=list)
    last_measure: tuple[str, str] | None = None
    last_explicit_year: int | None = None
    section_year: int | None = None  # a header's year of targets (2024年主要预期目标) for the paragraphs under it
    sentence_mentions: tuple[Span, list[RegionMention]] | None = None
    notes: list[str] = field(default_factory=list)


def read_header(norm: str, para: Span, doc: DocumentContext, state: ReadingState) -> None:
    """Switch the section's region (and past/plan) when a paragraph is a section header."""
    text = para.of(norm)
    kind, length = list_marker(text)
    body = text[length:].lstrip(' \t　“"')
    earlier = _EARLIER_PLAN.match(body)
    state.past_year = False
    if kind == "sub" and state.past_list:
        state.past_paragraph = True  # an item of a list a past opening introduced (去年，…：\n- 地区生产总值…)
        return
    state.past_paragraph = (
        bool(_PAST_OPENING.match(body))
        or _opens_on_achievements(body)
        or bool(earlier and doc.year and _plan_end()[earlier.group(1)] < max(doc.year, doc.default_year or doc.year))
    )
    state.past_list = state.past_paragraph and text.rstrip().endswith((":", "："))
    place = _region_at_start(body, doc)
    if place is not None and _names_only_an_enclosing_region(body, place, doc):
        place = None  # 山东 alone over a 济南 report: a site's channel name, not a section for the province
    if place is not None:
        state.section_region = place
        state.past_section = False
        return
    if kind == "top" or (len(body) <= 24 and not kind and not _CLAUSE_MARK.search(body)):
        if kind == "top":
            state.section_region = doc.default_region
        past = bool(_PAST_HEADER.search(body[:30])) or _reviews_a_past_year(body[:30], doc)
        ahead = bool(any_of(load_roles()["ahead"]).search(body[:30]))  # 三、下半年工作安排
        if kind == "top" or past or ahead:
            state.ahead_section = ahead and not past
        year_only = _YEAR_HEADER.fullmatch(body.strip())
        if year_only and doc.year:
            state.past_section = int(year_only.group(1)) < doc.year  # 2025年 over results, 2026年 over targets
        elif kind == "top" or past:
            state.past_section = past
        named = _TARGET_YEAR.match(body)
        if named is not None:
            state.section_year = int(named.group(1))
        elif kind == "top" or past:
            state.section_year = None


# Achievements spoken of as had (取得的成绩, 实现历史性突破, 交出了一份…答卷): a paragraph opening on
# them reviews the past; one that also commits (力争取得新成效) looks ahead.
_ACHIEVED = re.compile(
    r"取得了?的?[^。，,；;]{0,8}?(?:成绩|成就|成效|成果)|实现了?历史性|交出了?[^。]{0,12}答卷"
    r"|成效显著|成果丰硕|成绩斐然|成就斐然"
)


def _opens_on_achievements(body: str) -> bool:
    first = re.split(r"[。！？!?]", body, maxsplit=1)[0]
    if not _ACHIEVED.search(first):
        return False
    words = load_roles()["commit"] + tuple(load_words("strength.tsv")) + ("要", "新")
    return not any_of(words).search(first)


def _names_only_an_enclosing_region(body: str, place: Place, doc: DocumentContext) -> bool:
    own = doc.default_region
    if own is None or own.code is None or place.code is None or place.code == own.code:
        return False
    name = body.strip()
    if len(name) > 8 or doc.resolve(name) != place:
        return False
    prefix = place.code
    while prefix.endswith("00"):
        prefix = prefix[:-2]  # 370000 → 37: every code of the province starts so
    return own.code.startswith(prefix)


def _region_at_start(body: str, doc: DocumentContext) -> Place | None:
    from taizhang.extract.regions import load_regions

    if body[:1] not in _region_initials():
        return None  # most paragraphs: no region name can start here
    context = doc.context_code
    for m in load_regions().find_mentions(body[:24], context=context):
        if m.start != 0:
            break
        if _HEADER_FOLLOW.match(body, m.end):
            return Place(m.region.name, m.region.code)
    return None


@lru_cache(maxsize=1)
def _region_initials() -> frozenset[str]:
    from taizhang.extract.regions import load_regions

    return frozenset(n[0] for r in load_regions() for n in (r.name, *r.short_names) if n)


def _reviews_a_past_year(header: str, doc: DocumentContext) -> bool:
    """一、2023年预算执行情况 in a 2024 document: a section about the past."""
    m = _YEAR_REVIEWED.search(header)
    if m is None or not doc.year or int(m.group(1)) >= doc.year:
        return False
    # 2023年度政府工作报告重点任务: a list of that year's tasks, not a review of it
    return not (m.group(2) == "工作" and any_of(load_roles()["task_header"]).search(header, m.end()))


def paragraph_year(norm: str, para: Span, doc: DocumentContext) -> int | None:
    """A horizon that opens a paragraph ("到2025年，…") holds for all of it."""
    text = para.of(norm)
    _, length = list_marker(text)
    m = _OPENING_HORIZON.match(text[length:])
    return int(m.group(1)) if m else None


def part_strengths(norm: str, parts: list[Span], quantities: QuantityIndex) -> list[str]:
    """The strength of each part of a clause, with 确保/力争 carried into verbless parts.

    ``quantities`` is indexed by position, so each part looks up only its own (linear, issue 13).
    """
    verbs = any_of(load_roles()["verb"])
    ensure, strive = words_with_label("strength.tsv", "ensure"), words_with_label("strength.tsv", "strive")
    carry = "plan"
    out = []
    march, march_far = _march_words()
    for part in parts:
        first = quantities.first_start(part)
        first = part.end if first is None else first
        left = norm[part.start : first]
        whole = part.of(norm)
        own = _last_word(left, ensure, strive)
        if own is None and (_TOWARDS.search(left) and march_far.search(whole)):
            own = "strive"
        if own is None and march.search(whole[first - part.start :]):
            own = "strive"
        if own is not None:
            carry = own
            out.append(own)
        elif norm[part.start - 1 : part.start] == "、" and carry != "plan" and not _action_verb(left):
            out.append(carry)  # 确保突破800亿元、增长7%以上: a list under one 确保
        elif verbs.search(left) or left.lstrip().startswith("为"):
            carry = "plan"
            out.append("plan")
        else:
            out.append(carry)
    return out


@cache
def _march_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """context.tsv's march words (向500亿元迈进), and those with march_far (向着千亿目标进军)."""
    march = load_roles()["march"]
    return any_of(march), any_of((*march, *load_roles()["march_far"]))


def _action_verb(left: str) -> bool:
    """A verb of its own other than a change word (增长, 下降 list further values of the same promise)."""
    return bool(_action_verbs().search(left))


@cache
def _action_verbs() -> re.Pattern[str]:
    roles = load_roles()
    reaching = {w for w, _ in load_comparators()["before"]} | set(roles["reaching"])
    verbs = tuple(
        v for v in roles["verb"] if v not in roles["growth"] and v not in roles["decrease"] and v not in reaching
    )
    return any_of(verbs)


@cache
def _strength_words() -> re.Pattern[str]:
    return any_of(words_with_label("strength.tsv", "ensure") + words_with_label("strength.tsv", "strive"))


def _last_word(text: str, ensure: tuple[str, ...], strive: tuple[str, ...]) -> str | None:
    """The strength of the last strength word of ``text``; 保 and 争 count alone right before the
    number (“保8%、争9%”)."""
    if text.endswith("保"):
        return "ensure"
    if text.endswith("争"):
        return "strive"
    if not _strength_words().search(text):
        return None  # most parts: one scan, not one rfind per word
    best, label = -1, None
    for words, name in ((ensure, "ensure"), (strive, "strive")):
        for w in words:
            at = text.rfind(w)
            if at > best:
                best, label = at, name
    return label


def region_for(
    norm: str, sent: Span, part: Span, at_: int, doc: DocumentContext, state: ReadingState, ranking: bool = False
) -> Place | None:
    """The region of what stands at ``at_``: a subject or scope word before it, else the section's.

    For a rank (``ranking``) a scope word names the pool ranked in (全市前三名), not the region.
    """
    best_at, best = -1, state.section_region
    scope = {
        "全市": doc.city,
        "全区": state.section_region,
        "全县": state.section_region,
        "全省": doc.province,
    }
    if norm.find("全", part.start, at_) < 0:
        scope = {}  # no scope word (each starts with 全) before the number in its part
    for word, place in scope.items():
        at = norm.rfind(word, part.start, at_)
        if at >= 0 and (ranking or any_of(load_roles()["ranking_scope"]).match(norm, at + len(word))):
            continue  # 保持在全市前三名: 全市 is where the rank is counted, not whose target it is
        if at > best_at and place is not None:
            best_at, best = at, place

    for m in _mentions_in(norm, sent, doc, state):
        if sent.start + m.end > at_:
            break
        at = sent.start + m.start
        short = m.region.name != norm[at : sent.start + m.end]
        if (short and not _SHORT_SUBJECT.match(norm, sent.start + m.end)) or at <= best_at:
            continue  # short names (江门 in 江门重点项目) name things; only full names are subjects,
            # or a short name whose targets follow it (郑州的主要预期目标是…)
        if _starts_part(norm, sent, at) and not _new_subject_between(norm, sent, m.end + sent.start, at_, doc, state):
            best_at, best = at, Place(m.region.name, m.region.code)
    return best


def _mentions_in(norm: str, sent: Span, doc: DocumentContext, state: ReadingState) -> list[RegionMention]:
    """Region mentions of a sentence, found once per sentence and kept in the reading state."""
    if state.sentence_mentions is None or state.sentence_mentions[0] != sent:
        from taizhang.extract.regions import load_regions

        context = doc.context_code
        state.sentence_mentions = (sent, load_regions().find_mentions(sent.of(norm), context=context))
    return state.sentence_mentions[1]


def _new_subject_between(
    norm: str, sent: Span, after: int, at_: int, doc: DocumentContext, state: ReadingState
) -> bool:
    """支持合肥市…，合肥都市圈…突破5万亿元: a later part opening on another place has its own subject."""
    cut = max(norm.rfind(c, after, at_) for c in ",，;；:：")
    if cut < 0:
        return False
    return any(sent.start + m.start == cut + 1 for m in _mentions_in(norm, sent, doc, state))


def _starts_part(norm: str, sent: Span, at: int) -> bool:
    k = at
    while k > sent.start and norm[k - 1] not in ",，、:：;；。":
        k -= 1
    lead = norm[k:at].strip()
    while lead:
        for w in (*load_roles()["subject_lead"], *_OPENING_QUOTES):
            if lead.startswith(w):
                lead = lead[len(w) :].strip()
                break
        else:
            return False
    return True


def year_for(
    norm: str, sent: Span, q: Quantity, doc: DocumentContext, state: ReadingState, para_year: int | None
) -> int | None:
    """The year a target is due (TARGETS.md `year`)."""
    year = horizon_before(norm, sent, q.start, doc, state)
    if year is not None:
        return year
    if para_year is not None:
        return para_year
    if norm[q.end - 1 : q.end] == "强" or _VISION_AFTER.match(norm, q.end):
        return None  # 千亿强县, 50强: a long-run level with no horizon
    if state.section_year is not None:
        return state.section_year
    return doc.default_year


def horizon_before(norm: str, sent: Span, at_: int, doc: DocumentContext, state: ReadingState) -> int | None:
    """The nearest horizon before ``at_`` in its sentence: 2025年, 未来三年, "十四五", 同期, 今年."""
    before = _BRACKETED.sub("", norm[sent.start : at_])  # （2020年为2.6%） is a baseline
    year: int | None = None
    for m in _HORIZON.finditer(before):
        if m.group(1):
            if doc.year is not None and int(m.group(1)) < doc.year and not _TARGET_YEAR.match(before, m.start()):
                continue  # a past year is a baseline, not a horizon; 2024年主要预期目标 names the targets' year
            year = int(m.group(1))
            state.last_explicit_year = year
        elif m.group(2) or m.group(3) or m.group(4):
            n = m.group(2) or m.group(3) or m.group(4)
            span = int(n) if n.isdigit() else load_numerals().get(n, (0, ""))[0]
            year = doc.year + span - 1 if doc.year and span else year
            if span == 5 and doc.year and doc.default_year and doc.default_year > doc.year:
                year = doc.default_year  # 今后五年 in a five-year plan: the plan's own end
            state.last_explicit_year = year
        elif m.group(5):
            year = _plan_end()[m.group(5)]
            state.last_explicit_year = year
        elif m.group(6):
            year = state.last_explicit_year
        elif m.group(7):
            year = doc.year
        elif m.group(8):
            written = parse_chinese_numeral(m.group(8))  # 到二〇二七年
            if written is not None and not (doc.year and int(written) < doc.year):
                year = int(written)
                state.last_explicit_year = year
    return year


def enumerate_items(
    norm: str,
    parts: list[Span],
    i: int,
    q: Quantity,
    target: Target,
    doc: DocumentContext,
    state: ReadingState,
) -> list[Target]:
    """固定资产投资、招商引资同时突破500亿元 → one record per item; 蓬江区、江海区各… → per region."""
    part = parts[i]
    left = norm[part.start : q.start]
    # 人均, 年均, 平均: a noun's 均, not "each" (城、乡居民人均可支配收入分别增长…)
    roles = load_roles()
    bare = any_of(roles["not_enumeration"]).sub(lambda m: "_" * len(m.group()), left)
    marker_at = max(bare.rfind(w) for w in roles["enumeration"])
    if marker_at < 0:
        return [target]
    items = [left[:marker_at]]
    j = i - 1
    while j >= 0 and norm[parts[j].end - 1] == "、" and not _DIGIT.search(parts[j].of(norm)):
        items.insert(0, parts[j].of(norm))
        j -= 1
    if len(items) < 2:
        return [target]
    cleaned = [trim_phrase(_item(x), ()) for x in items]
    places = [doc.resolve(x) if x else None for x in cleaned]
    if all(p is not None for p in places):
        return [replace(target, region=p.name, region_code=p.code) for p in places if p]
    cleaned = [trim_phrase(x, doc.region_words) for x in cleaned]
    if not all(cleaned):
        return [target]
    if _PLACE_SUFFIX.search(cleaned[-1]):
        # 弥城镇、红岩镇各新建养殖场2个: places, each with the indicator after the marker, or the one before
        own = trim_phrase(left[marker_at + 1 :], doc.region_words)
        indicator = own or state.last_indicator or target.indicator
        return [replace(target, subject=x, indicator=indicator) for x in cleaned]
    return [replace(target, indicator=x, indicator_id=indicator_id(x)) for x in cleaned]


def listed_regions(
    norm: str, sent: Span, q: Quantity, target: Target, doc: DocumentContext, state: ReadingState
) -> list[Target]:
    """濮阳、漯河、三门峡、信阳则是7%以上; 驻马店2023年增速目标为7%左右: the regions a part opens
    with (short names too), one record each, when what follows them states their targets. With
    nothing but 则是 between them and the number, the indicator is the one spoken of before."""
    from taizhang.extract.regions import load_regions

    cut = max(norm.rfind(c, sent.start, q.start) for c in ",，;；:：。")
    start = max(cut + 1, sent.start)
    lead = _list_lead().match(norm, start, q.start)
    start = lead.end() if lead else start
    if norm[start : start + 1] not in _region_initials():
        return [target]  # most parts: no region name can open them
    mentions = load_regions().find_mentions(norm[start : q.start], context=doc.context_code)
    places: list[Place] = []
    at = 0
    for m in mentions:
        if m.start != at:
            break
        places.append(Place(m.region.name, m.region.code))
        sep = _LIST_SEPARATOR.match(norm, start + m.end, q.start)
        at = m.end + (len(sep.group()) if sep else 0)
        if not sep:
            break
    if not places or at == 0:
        return [target]
    rest = norm[start + at : q.start]
    if not (_LIST_STATES.match(rest) and ("目标" in rest or _LIST_IS.match(rest))):
        return [target]
    if _LIST_IS.fullmatch(rest) and state.last_indicator:
        target = replace(target, indicator=state.last_indicator, indicator_id=indicator_id(state.last_indicator))
        if state.last_measure is not None and state.last_measure[0] == target.unit:
            target = replace(target, measure=cast(Measure, state.last_measure[1]))
    return [replace(target, region=p.name, region_code=p.code) for p in dict.fromkeys(places)]


@cache
def _list_lead() -> re.Pattern[str]:
    return any_of(load_roles()["list_lead"])


_LIST_SEPARATOR = re.compile(r"[、和及与]")
# After the listed regions: 等市, then what they do with a target (也将…目标定为, 则是, 更是提出).
_LIST_STATES = re.compile(r"(?:等[市县区地]?)?(?:则|也|更|均|都)?(?:将|是|为|提出|把|(?:19|20)\d\d年|今年|的)")
_LIST_IS = re.compile(r"(?:等[市县区地]?)?(?:则|也|更|均|都)?(?:是|为)")


def _item(text: str) -> str:
    return text.strip(" ,，、:：“”「」\"'")


def pair_respectively(
    norm: str, clause: Span, targets: list[Target], doc: DocumentContext, state: ReadingState
) -> list[Target]:
    """福州、泉州、漳州分别新增400家、500家、300家: the regions named before 分别, one per value, in order."""
    at = norm.find("分别", clause.start, clause.end)
    if at < 0:
        return targets
    from taizhang.extract.regions import load_regions

    places: list[Place] = []
    for m in load_regions().find_mentions(norm[clause.start : at], context=doc.context_code):
        place = Place(m.region.name, m.region.code)
        if not places or places[-1] != place:
            places.append(place)
    after = [i for i, t in enumerate(targets) if t.start > at]
    if len(places) < 2 or len(after) != len(places):
        return targets
    paired = list(targets)
    for i, place in zip(after, places, strict=True):
        paired[i] = replace(paired[i], region=place.name, region_code=place.code)
    return paired


@lru_cache(maxsize=4096)
def indicator_id(phrase: str) -> str | None:
    """The canonical indicator id of a phrase (经济总量 → gdp), or None when the lexicon is unsure."""
    if not phrase:
        return None
    from taizhang.extract.indicators import load_indicators

    found = load_indicators().canonical(phrase)
    return found.id if found else None
