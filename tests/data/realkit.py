r"""Gold builds of the real corpus (tests/data/real/*/build_gold.py).

A real document is kept as found (page furniture and all). Its build_gold.py holds
only the annotations of that document:

    TARGETS = [T("clause", "span", "indicator", "measure", "comparator", "strength", year), ...]
    ACTUALS = [R("clause", "span", "indicator", "measure", "2023H1", basis="yoy"), ...]
    NOT = [("context", "reason"), ...]      # numerals that are neither
    if __name__ == "__main__":
        main(HERE, TARGETS, ACTUALS, NOT)

and main() checks them against the text (spans slice back out, values equal their
value_text in base units, comparators agree with the words of the span, every
numeral is in a span, a date or ordinal, or explained in NOT), then writes
gold.jsonl (targets, the format of ../shared/TARGETS.md) and actuals.jsonl
(its "Actual records"). The value, comparator and numeral checks are goldkit's.
"""

import calendar
import functools
import json
import os
import re
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldkit  # noqa: E402

KINDS = {"plan", "work_report", "bulletin", "progress_report", "summary", "news", "supervision"}
BASES = {None, "yoy", "mom"}
REGIONS_TSV = Path(__file__).resolve().parents[2] / "src" / "taizhang" / "data" / "regions.tsv"
# a numeral that is part of a date, a period or an ordinal needs no explanation
DATE_AFTER = re.compile(r"\s*(年|月|日|号|號|季度|时|時|届|屆|次会议|次會議)")
DATE_BEFORE = re.compile(r"(第|十|“|\")$")
# only Arabic numerals (ASCII or full-width) must be accounted for: Chinese numerals are
# mostly words (一般, 一是, 进一步); a Chinese-numeral value is annotated when it is one
ARABIC = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")


def T(text, span, indicator, measure, comparator, strength, year, value_text=None, **more):
    """A target. value_text defaults to the span without its comparator words."""
    return dict(kind="target", text=text, span=span, indicator=indicator, measure=measure,
                comparator=comparator, strength=strength, year=year,
                value_text=value_text, **more)


def R(text, span, indicator, measure, period, cumulative=None, basis=None, value_text=None, **more):
    """An actual. period: "2023" (whole year), "2023H1", "2023Q2", "2023-06" (one
    month) or "2023-01..2023-09" (a year-to-date or other range)."""
    return dict(kind="actual", text=text, span=span, indicator=indicator, measure=measure,
                period=period, cumulative=cumulative, basis=basis, value_text=value_text, **more)


@functools.lru_cache(maxsize=1)
def count_units():
    """Units of a number of people or things (units.tsv measure count): 人, 家, 个 …"""
    path = REGIONS_TSV.with_name("units.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return {row[0] for row in rows if len(row) >= 4 and row[3] == "count"}


def region_codes():
    codes = {}
    for line in REGIONS_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        code, name = line.split("\t")[:2]
        codes.setdefault(name, code)
    codes["全国"] = None
    return codes


def period_bounds(period):
    """(period_start, period_end, cumulative by default) of a period label."""
    m = re.fullmatch(r"(\d{4})", period)
    if m:
        y = int(m.group(1))
        return f"{y}-01-01", f"{y}-12-31", True
    m = re.fullmatch(r"(\d{4})H([12])", period)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return (f"{y}-01-01", f"{y}-06-30", True) if h == 1 else (f"{y}-07-01", f"{y}-12-31", False)
    m = re.fullmatch(r"(\d{4})Q([1-4])", period)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        first, last = 3 * q - 2, 3 * q
        return (f"{y}-{first:02d}-01", f"{y}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}", q == 1)
    m = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}", mo == 1
    m = re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", period)
    assert m, ("period label", period)
    y0, m0, y1, m1 = map(int, m.groups())
    return f"{y0}-{m0:02d}-01", f"{y1}-{m1:02d}-{calendar.monthrange(y1, m1)[1]:02d}", True


def default_value_text(span):
    vt = span
    for word, _ in goldkit.CMP_WORDS:
        vt = vt.replace(word, "")
    return vt.strip()


def _as_parsed(vt):
    """value_text as the parser reads it: spaces inside a number and 余/多 before the unit dropped
    (158.86 亿元, 1100余人), Traditional 頃 as 顷. The record keeps value_text as written."""
    vt = re.sub(r"(?<=[0-9])\s+(?=\S)", "", vt)
    vt = re.sub(r"(?<=[0-9万亿])[余多餘](?=\D)", "", vt)
    return vt.replace("頃", "顷")


def read_doc(here):
    meta = json.loads((Path(here) / "meta.json").read_text(encoding="utf-8"))
    raw = (Path(here) / "doc.txt").read_bytes()
    enc = meta["encoding"]
    doc = raw.decode(enc)
    assert doc.encode(enc) == raw, "the file does not round-trip through " + enc
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert "\r" not in doc
    for key in ("url", "title", "date", "region", "encoding", "kind", "province", "notes"):
        assert meta.get(key), ("meta.json lacks", key)
    assert meta["kind"] in KINDS, meta["kind"]
    assert isinstance(meta.get("has_targets"), bool), "meta.json: has_targets true/false"
    assert 300 <= len(doc) <= 12000, ("length", len(doc))
    return doc, meta


def locate(doc, a):
    n = doc.count(a["text"])
    assert n >= 1, ("clause not in doc", a["text"])
    occ = a.get("occ")
    assert occ is not None or n == 1, ("clause repeats; give occ=", a["text"], n)
    t = goldkit.nth_find(doc, a["text"], occ or 0)
    assert t >= 0, ("no such occurrence", a["text"], occ)
    span_occ = a.get("span_occ")
    assert a["text"].count(a["span"]) == 1 or span_occ is not None, ("span repeats in clause; give span_occ=", a)
    k = goldkit.nth_find(a["text"], a["span"], span_occ or 0)
    assert k >= 0, ("span not in clause", a["text"], a["span"])
    return t + k, t + k + len(a["span"])


def build(doc, meta, annotations, codes):
    targets, actuals, seen = [], [], set()
    for a in annotations:
        start, end = locate(doc, a)
        region = a.get("region") or meta["region"]
        assert region in codes, ("region not in regions.tsv", region)
        assert a["measure"] in goldkit.MEASURES, a
        assert a.get("direction") in goldkit.DIRECTIONS, a
        assert a["indicator"] and isinstance(a["indicator"], str), a
        vt = a["value_text"] or default_value_text(a["span"])
        assert vt in a["span"], ("value_text not in span", vt, a["span"])
        value, unit = goldkit.parse_value_text(_as_parsed(vt), a["measure"])
        if a["measure"] == "level" and unit in count_units():
            a = dict(a, measure="count")  # TARGETS.md: a number of people or things (130人) is a count
        if a["measure"] in ("growth", "share"):
            assert unit in ("%", "个百分点"), a
        if a.get("direction") == "decrease":
            assert re.search("下降|减少|降低|压减|減少|壓減|降|减产|減產|-", a["text"]), a
        for part in ("qualifier", "subject"):
            assert not a.get(part) or a[part] in doc, (part + " not in doc", a)
        key = (a["kind"], start, end, a["indicator"], region, value)
        assert key not in seen, ("duplicate record", key)
        seen.add(key)
        rec = {"start": start, "end": end, "text": a["text"], "region": region,
               "region_code": codes[region], "subject": a.get("subject"),
               "indicator": a["indicator"], "qualifier": a.get("qualifier"),
               "measure": a["measure"]}
        if a["kind"] == "target":
            assert a["comparator"] in goldkit.COMPARATORS, a
            assert a["strength"] in goldkit.STRENGTHS, a
            assert a["year"] is None or (isinstance(a["year"], int) and 2000 <= a["year"] <= 2050), a
            cmp_from = a.get("cmp_from")
            words = cmp_from if cmp_from and cmp_from not in ("RANGE_LOW", "RANGE_HIGH") else a["span"]
            if cmp_from == "RANGE_LOW":
                assert a["comparator"] == ">=", a
            elif cmp_from == "RANGE_HIGH":
                assert a["comparator"] == "<=", a
            else:
                assert goldkit.comparator_of(words, a["measure"]) == a["comparator"], \
                    ("comparator disagrees with the span (give cmp_from=)", a)
            rec.update(comparator=a["comparator"], value=goldkit.plain(value), unit=unit,
                       direction=a.get("direction"), value_text=vt, strength=a["strength"],
                       year=a["year"])
            if a.get("optional"):
                rec["optional"] = True
            targets.append(rec)
        else:
            assert a["basis"] in BASES, a
            p0, p1, cum = period_bounds(a["period"])
            rec.update(value=goldkit.plain(value), unit=unit, direction=a.get("direction"),
                       value_text=vt, kind="actual", period_start=p0, period_end=p1,
                       cumulative=cum if a["cumulative"] is None else a["cumulative"],
                       basis=a["basis"])
            if a.get("optional"):
                rec["optional"] = True
            actuals.append(rec)
    order = lambda r: (r["start"], r["end"], r["region"], r["indicator"])  # noqa: E731
    return sorted(targets, key=order), sorted(actuals, key=order)


def check_numbers(doc, records, not_list):
    """Every Arabic numeral is in a gold span, part of a date or ordinal, or explained in NOT."""
    spans = [(r["start"], r["end"]) for r in records]
    explained = set()
    for context, reason in not_list:
        assert reason, ("NOT needs a reason", context)
        pos, hits = doc.find(context), 0
        assert pos >= 0, ("NOT context not in doc", context)
        while pos >= 0:
            for m in ARABIC.finditer(doc, pos, pos + len(context)):
                explained.add(m.start())
                hits += 1
            pos = doc.find(context, pos + 1)
        assert hits, ("NOT context holds no numeral", context)
    missing = []
    for m in ARABIC.finditer(doc):
        s, e = m.start(), m.end()
        if any(a <= s and e <= b for a, b in spans) or s in explained:
            continue
        if DATE_AFTER.match(doc, e) or DATE_BEFORE.search(doc[max(0, s - 1):s]):
            continue
        missing.append("%r at %d: %r" % (m.group(), s, doc[max(0, s - 15):e + 10]))
    assert not missing, "numerals neither in a span, a date, nor NOT:\n  " + "\n  ".join(missing)


def main(here, targets, actuals, not_list):
    here = os.path.dirname(os.path.abspath(here)) if here.endswith(".py") else here
    doc, meta = read_doc(here)
    codes = region_codes()
    gold, acts = build(doc, meta, list(targets) + list(actuals), codes)
    check_numbers(doc, gold + acts, not_list)
    assert meta["has_targets"] == bool(gold), ("meta has_targets disagrees", meta["has_targets"], len(gold))
    for name, recs in (("gold.jsonl", gold), ("actuals.jsonl", acts)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%s: %d characters (%s, %s); %d targets, %d actuals"
          % (os.path.basename(here), len(doc), meta["encoding"], meta["kind"], len(gold), len(acts)))
    if "-v" in sys.argv:
        for r in gold + acts:
            print(r["start"], repr(doc[r["start"]:r["end"]]), r["region"], r["indicator"],
                  r["measure"], r.get("comparator", ""), r["value"], r["unit"],
                  r.get("strength", r.get("period_end")), r.get("year", ""))
    return SimpleNamespace(targets=gold, actuals=acts)


__all__ = ["T", "R", "main", "Decimal"]
