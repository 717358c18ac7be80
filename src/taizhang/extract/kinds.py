"""The kind of a document, from the words of its title (document_kinds.tsv).

Kinds: plan, work_report, bulletin, progress_report, summary, supervision, or None when the
title names none (news, an unknown page). Bulletins, progress reports, summaries and
supervision notices state results: in them a number is a target only on positive evidence.
"""

from __future__ import annotations

import re
from functools import cache

from taizhang.data import data_rows
from taizhang.extract.lexicon import any_of, load_roles, load_words
from taizhang.extract.periods import months_before

RESULT_KINDS = frozenset({"bulletin", "progress_report", "summary", "supervision"})
# How far into the text title lines are looked for, past page furniture.
_OPENING = 600
_SENTENCE = re.compile(r"[。，,；;！!？?]")
# A pinyin reading a mirror inserts after a character (进(jìn)展): dropped before words are looked for.
_READING = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")


@cache
def _kinds() -> dict[str, tuple[str, bool]]:
    return {word: (kind, wins == "yes") for word, kind, wins in data_rows("document_kinds.tsv")}


def document_kind(title: str, opening: str = "") -> str | None:
    """The kind ``title`` names, else the kind the title-like lines of ``opening`` name.

    Only lines without sentence punctuation count (记者问：…成绩单？ is a question, not a title).
    A winning word decides (…执行情况与2025年计划草案 is a plan); else a kind that states results
    (十四五规划中期评估 reports progress); else the first kind named. A headline naming a
    reporting period and no commitment (上半年陕西完成水利投资超220亿元) is a progress report.
    """
    kinds = _kinds()
    pattern = any_of(tuple(kinds))
    title, opening = _READING.sub("", title), _READING.sub("", opening)
    for text in (title, opening[:_OPENING]):
        lines = "\n".join(line for line in text.splitlines() if line.strip() and not _SENTENCE.search(line))
        named = [kinds[m.group()] for m in pattern.finditer(lines)]
        if not named:
            continue
        winner = next((kind for kind, wins in named if wins), None)
        results = [kind for kind, _ in named if kind in RESULT_KINDS]
        return winner or (results[0] if results else named[0][0])
    lead = _lead(opening[:_OPENING])
    named = [kinds[m.group()] for m in pattern.finditer(lead)]
    if named:
        results = [kind for kind, _ in named if kind in RESULT_KINDS]
        return results[0] if results else named[0][0]
    first = next((line for line in title.splitlines() if line.strip()), "")
    if months_before(first) is not None and not any_of(load_roles()["commit"]).search(first):
        return "progress_report"  # 上半年陕西完成水利投资超220亿元: a headline reporting a period's result
    return None


# A news lead reporting that a body published a report: 10月17日，省发改委通报了三季度…进展情况。
_REPORTED = re.compile(r"(?:通报|发布|公布)了?")


def _lead(opening: str) -> str:
    """What a news lead says was published (…通报了三季度重大项目进展情况), else nothing."""
    first = next((line for line in opening.splitlines() if _SENTENCE.search(line)), "")
    sentence = re.split(r"[。！？!?]", first, maxsplit=1)[0]
    m = _REPORTED.search(sentence)
    return sentence[m.end() :] if m else ""


def states_results(kind: str | None) -> bool:
    return kind in RESULT_KINDS


def reports_results_only(numbered: list[str]) -> bool:
    """Whether the sentences holding numbers speak only of results, whatever the title says.

    None of them holds a word of commitment or strength (预期, 目标, 力争, 确保 …) and at least two
    report a period or compare with the year before (上半年…, 比上年增长…): a bulletin or progress
    report whose title a mirror lost or mangled. A text whose numbers carry no such word either way
    (a target list under 主要预期目标：) is not judged by this.
    """
    roles = load_roles()
    commits = any_of(roles["commit"] + tuple(load_words("strength.tsv")))
    if any(commits.search(s) for s in numbered):
        return False
    reports = any_of(roles["yoy"] + roles["period"])
    return sum(1 for s in numbered if reports.search(s)) >= 2
