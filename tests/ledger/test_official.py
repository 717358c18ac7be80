"""Official figures (issue 9): a bulletin's actuals as observations, status from the best figure,
reconciliation with the reported ones; on SQLite and PostgreSQL."""

from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import func, select

from taizhang.errors import ReviewError
from taizhang.ledger.documents import ingest_document
from taizhang.ledger.models import AuditEntry, Document, Progress, ProgressLatest
from taizhang.ledger.observations import (
    confirm_observation,
    edit_observation,
    list_observations,
    reject_observation,
    unmatched_observations,
)
from taizhang.ledger.progress import import_progress
from taizhang.ledger.reconcile import Tolerance, reconcile
from taizhang.ledger.status import ledger_status

EXAMPLES = resources.files("taizhang.data").joinpath("examples")
PLAN = "jiangmen-2023-city-work-report.txt"
BULLETIN = "jiangmen-2023-q3-economy-illustrative.txt"
SHEET = "jiangmen-2023-q3-actuals-illustrative.csv"
AS_OF = date(2023, 9, 30)
JIANGHAI = "440704"


def _ingest(ledger, name, day):
    with ledger.session(write=True) as s:
        return ingest_document(s, EXAMPLES.joinpath(name).read_bytes(), who="t", region="江门市", date=day)


def _load(ledger):
    _ingest(ledger, PLAN, date(2023, 1, 10))
    result = _ingest(ledger, BULLETIN, date(2023, 10, 20))
    with ledger.session(write=True) as s:
        import_progress(s, Path(SHEET), who="督查室", data=EXAMPLES.joinpath(SHEET).read_bytes())
    return result


def _snapshot(ledger):
    with ledger.session() as s:
        rows = s.execute(select(Progress).order_by(Progress.id)).scalars()
        progress = [(r.id, r.value, r.state, r.period, r.extracted, r.span_start) for r in rows]
        latest = sorted(
            tuple(r) for r in s.execute(select(ProgressLatest.progress_id, ProgressLatest.value, ProgressLatest.source))
        )
        return progress, latest


def _industrial_investment(report, code):
    return next(
        r
        for r in report.rows
        if r.target.region_code == code and r.target.indicator == "工业投资" and r.target.unit == "元"
    )


def test_plan_bulletin_and_sheet_end_to_end(ledger):
    result = _load(ledger)
    assert result.official.added and not result.official.ambiguous and not result.official.refused
    with ledger.session() as s:
        doc = s.get(Document, result.document_id)
        official = list_observations(s, source="official", document_id=doc.id)
        # every official figure keeps its sentence: the span slices back to the value as written
        for o in official:
            assert o["source_text"] and doc.text[o["start"] : o["end"]] in o["source_text"]
        jianghai = next(o for o in official if o["region_code"] == JIANGHAI and o["unit"] == "元")
        assert doc.text[jianghai["start"] : jianghai["end"]] == "75.3亿元"
        assert (jianghai["value"], jianghai["period"], jianghai["indicator_id"]) == (
            7530000000,
            "2023-09",
            "industrial_investment",
        )
        profit = next(o for o in official if "利润总额" in o["indicator"])
        assert profit["value"] == -3.6  # 下降3.6%: a negative growth, as a sheet writes it
        # no target for profits: kept and listed as unmatched, never dropped
        unmatched = unmatched_observations(s, source="official")
        assert profit["id"] in {o["id"] for o in unmatched}
        assert jianghai["id"] not in {o["id"] for o in unmatched}

        # status judges the official figure by default, the reported one when told so; both are shown
        row = _industrial_investment(ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI]), JIANGHAI)
        assert (row.actual.source, row.actual.value) == ("official", Decimal("7530000000"))
        assert row.reported.value == Decimal("7850000000") and row.official.value == Decimal("7530000000")
        as_reported = ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI], source="reported")
        assert _industrial_investment(as_reported, JIANGHAI).actual.value == Decimal("7850000000")
        as_latest = ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI], source="latest")  # the sheet came last
        assert _industrial_investment(as_latest, JIANGHAI).actual.source == "reported"

        # the disagreeing pair is flagged: 78.5 against 75.3亿元 is 4.25 % off; 740.9 against 735.2 is 0.78 %
        pairs = reconcile(s, as_of=AS_OF).pairs
        level = {p.target.region_code: p for p in pairs if p.target.indicator == "工业投资" and not p.rate}
        assert level[JIANGHAI].flagged and level[JIANGHAI].relative == Decimal("4.25")
        assert level[JIANGHAI].reported.sheet_row is not None and level[JIANGHAI].official.start == jianghai["start"]
        assert not level["440700"].flagged and level["440700"].relative == Decimal("0.78")
        assert not level["440703"].flagged and level["440703"].difference == 0
        assert [p.target.region_code for p in pairs if p.flagged] == [JIANGHAI]
        # a tighter tolerance flags the city's pair too
        tight = reconcile(s, as_of=AS_OF, tolerance=Tolerance(level=Decimal("0.5")))
        assert {p.target.region_code for p in tight.pairs if p.flagged and not p.rate} == {"440700", JIANGHAI}
        # --region and --as-of limit the listing
        assert {p.target.region_code for p in reconcile(s, as_of=AS_OF, region_codes=[JIANGHAI]).pairs} == {JIANGHAI}
        assert reconcile(s, as_of=date(2023, 8, 31)).pairs == []

    # re-ingest changes nothing
    before = _snapshot(ledger)
    again = _ingest(ledger, BULLETIN, date(2023, 10, 20))
    assert (again.official.added, again.official.updated, again.official.retired) == ([], [], [])
    assert _snapshot(ledger) == before

    # a reviewer's edit is audited and survives re-ingest
    with ledger.session(write=True) as s:
        edit_observation(s, jianghai["id"], {"value": "78.5亿元"}, who="审核员")
    _ingest(ledger, BULLETIN, date(2023, 10, 20))
    with ledger.session() as s:
        row = s.get(Progress, jianghai["id"])
        assert row.value == Decimal("7850000000")
        assert list(row.extracted) == ["value"] and Decimal(row.extracted["value"]) == Decimal("7530000000")
        assert row.state == "confirmed"
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "observation", AuditEntry.action == "edit")
        ).one()
        assert audit.who == "审核员" and audit.entity_id == jianghai["id"]
        assert not any(p.flagged for p in reconcile(s, as_of=AS_OF).pairs)
        row = _industrial_investment(ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI]), JIANGHAI)
        assert row.actual.value == Decimal("7850000000") and row.actual.source == "official"


def test_rejected_official_figure_leaves_status_to_the_reported_one(ledger):
    _load(ledger)
    with ledger.session(write=True) as s:
        (jianghai,) = [
            o for o in list_observations(s, source="official") if o["region_code"] == JIANGHAI and o["unit"] == "元"
        ]
        reject_observation(s, jianghai["id"], who="审核员", reason="口径不同")
        row = _industrial_investment(ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI]), JIANGHAI)
        assert (row.actual.source, row.official) == ("reported", None)
        assert JIANGHAI not in {p.target.region_code for p in reconcile(s, as_of=AS_OF).pairs if not p.rate}
        with pytest.raises(ReviewError):
            edit_observation(s, jianghai["id"], {"target_id": 1}, who="审核员")


AMBIGUOUS = (
    "（示例文本）2023年1-9月某市经济运行简况\n"
    "1-9月，江海区完成工业投资75.3亿元，同比增长16.2%。\n"
    "1-9月，江海区完成工业投资77.0亿元。\n"
)


def test_two_values_for_one_indicator_and_period_are_listed_as_ambiguous(ledger):
    _ingest(ledger, PLAN, date(2023, 1, 10))
    with ledger.session(write=True) as s:
        result = ingest_document(s, AMBIGUOUS, who="t", region="江门市", date=date(2023, 10, 20))
    assert len(result.official.ambiguous) == 2
    with ledger.session() as s:
        listed = list_observations(s, state="ambiguous", document_id=result.document_id)
        assert sorted(o["value"] for o in listed) == [7530000000, 7700000000]
        # never silently picked: status has no official figure for it
        row = _industrial_investment(ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI]), JIANGHAI)
        assert row.actual is None
    with ledger.session(write=True) as s:
        confirm_observation(s, listed[1]["id"], who="审核员")
    with ledger.session() as s:
        row = _industrial_investment(ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI]), JIANGHAI)
        assert row.actual.value == Decimal("7700000000")
        # a re-ingest leaves the reviewer's pick alone
    with ledger.session(write=True) as s:
        again = ingest_document(s, AMBIGUOUS, who="t", region="江门市", date=date(2023, 10, 20))
        assert again.official.ambiguous == [listed[0]["id"]]
        assert s.scalar(select(func.count()).select_from(Progress).where(Progress.state == "confirmed")) == 1


def test_one_span_read_for_two_regions_keeps_both_targets(ledger):
    """Regression (issue 9): 蓬江区、江海区各突破100亿元 gave 江海区's target the 蓬江区 one's key, and
    ingest dropped it as a repeat, so 江海区's official and reported figures met no target."""
    from taizhang.ledger.listing import TargetFilter, list_targets

    _ingest(ledger, PLAN, date(2023, 1, 10))
    with ledger.session() as s:
        for code in ("440703", JIANGHAI):
            found = list_targets(s, TargetFilter(region=code, indicator="工业投资"))
            assert [t["value"] for t in found] == [10000000000]
    assert _ingest(ledger, PLAN, date(2023, 1, 10)).added == []  # and a re-ingest finds both again


def test_a_figure_without_a_region_is_listed_not_stored(ledger):
    from taizhang.extract.record import Actual

    def reader(text, *, region, date):
        fine = Actual(0, 4, "1-9月，全市地区生产总值同比增长4.9%", "江门市", "440700", "地区生产总值", "growth",
                      Decimal("4.9"), "%", "4.9%", date.replace(month=1, day=1), date, True, "yoy")  # fmt: skip
        lost = Actual(5, 9, "全区完成工业投资75.3亿元", None, None, "工业投资", "level",
                      Decimal("7530000000"), "元", "75.3亿元", date.replace(month=1, day=1), date, True)  # fmt: skip
        return [fine, lost]

    with ledger.session(write=True) as s:
        result = ingest_document(
            s, "（示例）1-9月经济运行", who="t", date=date(2023, 9, 30),
            extractor=lambda text, **kw: [], actual_extractor=reader,
        )  # fmt: skip
        assert len(result.official.added) == 1
        (refused,) = result.official.refused
        assert (refused.value_text, refused.start) == ("75.3亿元", 5) and "地区" in refused.reason
        assert [o["value"] for o in list_observations(s, source="official")] == [4.9]


def test_a_newer_reported_period_wins_over_an_older_official_one(ledger):
    from taizhang.ledger.progress import add_progress

    _load(ledger)
    with ledger.session(write=True) as s:
        tid = _industrial_investment(ledger_status(s, as_of=AS_OF, region_codes=[JIANGHAI]), JIANGHAI).target.id
        add_progress(s, tid, period="2023-10", value="86亿元", who="江海区")
    with ledger.session() as s:
        row = _industrial_investment(ledger_status(s, as_of=date(2023, 10, 31), region_codes=[JIANGHAI]), JIANGHAI)
        assert (row.actual.source, row.actual.period, row.actual.value) == (
            "reported",
            "2023-10",
            Decimal("8600000000"),
        )
        assert row.official.period == "2023-09"  # still shown beside it
