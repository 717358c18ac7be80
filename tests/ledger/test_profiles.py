"""Seasonal profiles kept on write (issue 9, speed): status read through the ``seasonal_profiles``
table equals status computed from the raw official figures, on a random ledger built through every
write path (ingest, re-ingest, edit, confirm, reject); on SQLite and PostgreSQL."""

import calendar
import random
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from taizhang.extract.record import Actual
from taizhang.ledger import status as status_module
from taizhang.ledger.documents import ingest_document
from taizhang.ledger.models import Progress, SeasonalProfile
from taizhang.ledger.observations import confirm_observation, edit_observation, reject_observation
from taizhang.ledger.profiles import format_shares
from taizhang.ledger.seasonal import SeasonalHistory
from taizhang.ledger.status import ledger_status
from taizhang.track.schedule import seasonal_profile

from .helpers import extractor_of, target

CODES = ("440703", "440704")
INDICATORS = ("工业投资", "固定资产投资")
AS_OF = (date(2021, 6, 30), date(2022, 3, 31), date(2023, 6, 30), date(2023, 9, 30), date(2024, 5, 31))


def _actual(i, code, indicator, year, month, value, *, cumulative=True, unit="元"):
    return Actual(
        start=i * 10,
        end=i * 10 + 5,
        text=f"{indicator}{value}",
        region=None,
        region_code=code,
        indicator=indicator,
        measure="level",
        value=Decimal(value),
        unit=unit,
        value_text=str(value),
        period_start=date(year, 1, 1),
        period_end=date(year, month, calendar.monthrange(year, month)[1]),
        cumulative=cumulative,
    )


def _random_actuals(rng, offset, count):
    out = []
    for i in range(count):
        code, indicator = rng.choice(CODES), rng.choice(INDICATORS)
        year, month = rng.randint(2019, 2023), rng.choice([3, 6, 9, 12, 12, rng.randint(1, 12)])
        out.append(
            _actual(
                offset + i,
                code,
                indicator,
                year,
                month,
                rng.randint(1, 100) * month,
                cumulative=rng.random() > 0.1,
                unit=rng.choice(["元", "元", "元", "%"]),
            )
        )
    return out


def _ingest(ledger, name, actuals, targets=()):
    with ledger.session(write=True) as s:
        ingest_document(
            s,
            name,
            who="t",
            date=date(2023, 1, 20),
            extractor=extractor_of(*targets),
            actual_extractor=lambda text, region=None, date=None: list(actuals),
        )


def _official_ids(ledger):
    with ledger.session() as s:
        return list(s.scalars(select(Progress.id).where(Progress.source == "official").order_by(Progress.id)))


def _build(ledger, seed):
    rng = random.Random(seed)
    targets = [
        target(indicator, code=code, region=None, start=k * 10, end=k * 10 + 5, year=year)
        for k, (code, indicator, year) in enumerate(
            (c, i, y) for c in CODES for i in INDICATORS for y in (2021, 2022, 2023, 2024)
        )
    ]
    first = _random_actuals(rng, 0, 60)
    _ingest(ledger, "计划", [], targets)
    _ingest(ledger, "公报一", first)
    _ingest(ledger, "公报二", _random_actuals(rng, 100, 60))
    # Re-ingest of the first bulletin reads some figures differently and misses others.
    changed = [
        _actual(i, a.region_code, a.indicator, a.period_end.year, a.period_end.month, a.value + 7, unit=a.unit)
        if rng.random() < 0.2
        else a
        for i, a in enumerate(first)
        if rng.random() > 0.15
    ]
    _ingest(ledger, "公报一", changed)
    ids = _official_ids(ledger)
    for i in rng.sample(ids, 25):
        action = rng.choice(["edit", "period", "region", "reject", "confirm"])
        with ledger.session(write=True) as s:
            row = s.get(Progress, i)
            if row.state == "retired":
                continue
            if action == "edit":
                written = f"{rng.randint(1, 900)}亿元" if row.unit == "元" else f"{rng.randint(1, 90)}%"
                edit_observation(s, i, {"value": written}, who="审核员")
            elif action == "period":
                edit_observation(s, i, {"period": f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}"}, who="审核员")
            elif action == "region":
                code = CODES[1] if row.region_code == CODES[0] else CODES[0]
                edit_observation(s, i, {"region_code": code}, who="审核员")
            elif action == "reject":
                reject_observation(s, i, who="审核员")
            else:
                confirm_observation(s, i, who="审核员")


def _from_raw(session, *, year, region_codes):
    """The seasonal history of ``year`` computed from every raw official figure (the oracle)."""
    by_series = {}
    for p in session.scalars(select(Progress).order_by(Progress.id)):
        if p.source != "official" or not p.cumulative or p.state not in ("proposed", "confirmed"):
            continue
        if not year - 3 <= int(p.period[:4]) < year:
            continue
        if region_codes is not None and p.region_code not in region_codes:
            continue
        months = by_series.setdefault((p.region_code, p.indicator, p.unit), {})
        months.setdefault(int(p.period[:4]), {})[int(p.period[5:])] = p.value
    return SeasonalHistory([(*key, format_shares(seasonal_profile(years))) for key, years in by_series.items()])


def _status(ledger, as_of, codes=None):
    with ledger.session() as s:
        report = ledger_status(s, as_of=as_of, region_codes=codes)
    return [(r.to_dict(), r.assessment, r.schedule) for r in report.rows]


@pytest.mark.parametrize("seed", [1, 2])
def test_status_from_the_stored_profiles_equals_status_from_the_raw_figures(ledger, seed, monkeypatch):
    _build(ledger, seed)
    stored = {as_of: (_status(ledger, as_of), _status(ledger, as_of, [CODES[0]])) for as_of in AS_OF}
    monkeypatch.setattr(status_module, "load_seasonal_history", _from_raw)
    seasonal = 0
    for as_of in AS_OF:
        raw = (_status(ledger, as_of), _status(ledger, as_of, [CODES[0]]))
        assert stored[as_of] == raw, as_of
        seasonal += sum(schedule == "seasonal" for _, _, schedule in raw[0])
    assert seasonal > 0  # the random ledger does give profiles


@pytest.mark.parametrize("seed", [3])
def test_the_stored_profiles_are_what_a_rebuild_from_scratch_gives(ledger, seed):
    from taizhang.ledger.profiles import rebuild_profiles

    _build(ledger, seed)

    def table():
        with ledger.session() as s:
            return sorted(tuple(r) for r in s.execute(select(SeasonalProfile.__table__)))

    kept = table()
    with ledger.session(write=True) as s:
        rebuild_profiles(s, None)
    assert kept == table()
    assert any(shares is not None for *_, shares in kept)


def test_one_pass_pick_agrees_with_pick_per_source():
    """Status picks the judged figure and each source's newest in one pass (speed); it must give what
    :func:`pick` gives over all candidates and over each source's alone."""
    from taizhang.ledger.status import pick, pick_with_sources
    from taizhang.ledger.tracking import Latest

    rng = random.Random(5)
    for _ in range(2000):
        candidates = [
            Latest(
                i,
                "440703",
                "工业投资",
                "元",
                rng.random() < 0.5,
                rng.choice([None, 7]),
                rng.choice(["2023-06", "2023-09"]),
                Decimal(i),
                rng.choice(["official", "reported"]),
            )
            for i in rng.sample(range(1, 50), rng.randint(0, 5))
        ]
        for source in ("official", "reported", "latest"):
            judged, newest = pick_with_sources(candidates, source)
            assert judged == pick(candidates, source)
            for kind in ("official", "reported"):
                own = [c for c in candidates if c.source == kind]
                assert newest.get(kind) == pick(own, kind)
