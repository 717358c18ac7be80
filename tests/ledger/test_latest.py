"""progress_latest: kept current by every progress write, and status reads the same as from the history.

Issue 3 (status under 500 ms): status at a current date reads one stored row per series; at a
date in the past it looks up the history of the series reported since. Both must give what a
scan of the whole history gives.
"""

import random
from datetime import date

import pytest
from sqlalchemy import select

from taizhang.errors import ImportRejectedError
from taizhang.ledger.models import Progress, ProgressLatest
from taizhang.ledger.progress import add_progress, import_progress
from taizhang.ledger.service import ingest_document
from taizhang.ledger.tracking import latest_observations

from .helpers import extractor_of, target

HEADER = "region_code,indicator,period,value,unit,cumulative\n"


def brute_force(session, first, last, codes=None):
    """The latest observation per series in [first, last] by scanning every row."""
    best = {}
    for p in session.scalars(select(Progress)):
        if not first <= p.period <= last or (codes is not None and p.region_code not in codes):
            continue
        key = (p.region_code, p.indicator, p.unit, p.cumulative, p.target_id)
        if key not in best or (p.period, p.id) > (best[key].period, best[key].id):
            best[key] = p
    return {k: (p.id, p.period, p.value) for k, p in best.items()}


def as_dict(rows):
    return {(r.region_code, r.indicator, r.unit, r.cumulative, r.target_id): (r.id, r.period, r.value) for r in rows}


def test_latest_agrees_with_the_history_at_every_date(ledger, tmp_path):
    with ledger.session(write=True) as s:
        tid = ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(target())).added[0]
    rng = random.Random(3)
    for n in range(4):
        lines = [HEADER]
        for _ in range(40):
            code = rng.choice(["440703", "440704"])
            ind = rng.choice(["工业投资", "招商引资"])
            year, month = rng.choice([2022, 2023]), rng.randint(1, 12)
            cumulative = rng.choice(["true", "false"])
            lines.append(f"{code},{ind},{year}-{month:02d},{rng.randint(1, 99)}亿元,,{cumulative}\n")
        sheet = tmp_path / f"sheet{n}.csv"
        sheet.write_text("".join(lines), encoding="utf-8")
        with ledger.session(write=True) as s:
            import_progress(s, sheet, who="t")
    with ledger.session(write=True) as s:
        add_progress(s, tid, period="2023-05", value="3亿元", who="t")
        add_progress(s, tid, period="2023-05", value="4亿元", who="t")  # a correction: the later one counts
    with ledger.session() as s:
        for first, last in [
            ("2023-01", "2023-12"),
            ("2023-01", "2023-06"),
            ("2022-01", "2022-03"),
            ("2023-01", "2023-01"),
        ]:
            assert as_dict(latest_observations(s, first=first, last=last)) == brute_force(s, first, last)
        got = latest_observations(s, first="2023-01", last="2023-06", region_codes={"440704"})
        assert as_dict(got) == brute_force(s, "2023-01", "2023-06", {"440704"})


def test_every_write_updates_the_stored_latest_in_its_transaction(ledger, tmp_path):
    with ledger.session(write=True) as s:
        tid = ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(target())).added[0]
        add_progress(s, tid, period="2023-06", value="5亿元", who="t")
        add_progress(s, tid, period="2023-04", value="2亿元", who="t")  # older: the June figure stays latest
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        HEADER + "440703,工业投资,2023-09,9亿元,,true\n440703,工业投资,2023-13,1,元,true\n", encoding="utf-8"
    )
    with pytest.raises(ImportRejectedError), ledger.session(write=True) as s:
        import_progress(s, sheet, who="t")
    with ledger.session() as s:
        rows = s.execute(select(ProgressLatest.target_id, ProgressLatest.period, ProgressLatest.value)).all()
    assert [tuple(r) for r in rows] == [(tid, "2023-06", 500000000)]
