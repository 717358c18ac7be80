"""Seasonal time progress (issue 9): 序时进度 follows earlier years' official figures where the
ledger holds them, a straight line where it does not; the history chart plots the figure of the
status source. On SQLite and PostgreSQL."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert

from taizhang.errors import InputError
from taizhang.ledger.documents import ingest_document
from taizhang.ledger.history import monthly_points
from taizhang.ledger.latest import refresh_latest
from taizhang.ledger.models import Progress
from taizhang.ledger.status import ledger_status

from .helpers import extractor_of, target

MID_YEAR = date(2023, 6, 30)
WITH_HISTORY, REPORTED_ONLY, NONE = "440703", "440704", "440705"


def _observation(code, period, value, *, source="official", cumulative=True, indicator="工业投资", unit="元"):
    return {
        "region_code": code,
        "indicator": indicator,
        "period": period,
        "value": Decimal(value),
        "unit": unit,
        "cumulative": cumulative,
        "reported_by": "t",
        "source": source,
        "state": "confirmed",
    }


def _load(ledger, rows):
    targets = [
        target(code=WITH_HISTORY, start=0, end=5),
        target(code=REPORTED_ONLY, region="江海区", start=10, end=15),
        target(code=NONE, region="新会区", start=20, end=25),
        # A growth target of the same indicator: a rate has no share of a year, so no profile.
        target(code=WITH_HISTORY, value="8", unit="%", measure="growth", start=30, end=35),
    ]
    with ledger.session(write=True) as s:
        ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(*targets))
        s.execute(insert(Progress), rows)
        refresh_latest(s, Progress.id > 0)


def _rows(report):
    return {(r.target.region_code, r.target.measure): r for r in report.rows}


def test_two_earlier_years_of_half_year_figures_set_mid_year_progress(ledger):
    _load(
        ledger,
        [
            # 1-6月 at 38 % and 42 % of the year: on average 40 % by mid-year, not 50 %.
            _observation(WITH_HISTORY, "2021-06", "3.8e9"),
            _observation(WITH_HISTORY, "2021-12", "1e10"),
            _observation(WITH_HISTORY, "2022-06", "5.04e9"),
            _observation(WITH_HISTORY, "2022-12", "1.2e10"),
            # The same shape reported by an office, not official: no profile.
            _observation(REPORTED_ONLY, "2021-06", "3.8e9", source="reported"),
            _observation(REPORTED_ONLY, "2021-12", "1e10", source="reported"),
            # This year's official figure: 45 % done, judged against 40 % (green), not 50 % (yellow).
            _observation(WITH_HISTORY, "2023-06", "4.5e9"),
        ],
    )
    with ledger.session() as s:
        rows = _rows(ledger_status(s, as_of=MID_YEAR))
    seasonal = rows[(WITH_HISTORY, "level")]
    assert seasonal.assessment.time_progress == Decimal(40)
    assert (seasonal.schedule, seasonal.assessment.status) == ("seasonal", "green")
    assert seasonal.to_dict()["schedule"] == "seasonal"
    for key in ((REPORTED_ONLY, "level"), (NONE, "level"), (WITH_HISTORY, "growth")):
        assert rows[key].assessment.time_progress == Decimal(50), key
        assert rows[key].schedule == "linear", key


def test_one_region_reads_the_same_profile_as_all(ledger):
    _load(ledger, [_observation(WITH_HISTORY, "2022-03", "10"), _observation(WITH_HISTORY, "2022-12", "100")])
    with ledger.session() as s:
        one = _rows(ledger_status(s, as_of=date(2023, 3, 31), region_codes=[WITH_HISTORY]))
        every = _rows(ledger_status(s, as_of=date(2023, 3, 31)))
    assert one[(WITH_HISTORY, "level")].assessment.time_progress == Decimal(10)
    assert every[(WITH_HISTORY, "level")].assessment.time_progress == Decimal(10)
    assert every[(NONE, "level")].assessment.time_progress == Decimal(25)


def test_history_older_than_three_years_or_without_a_whole_year_is_linear(ledger):
    _load(
        ledger,
        [
            _observation(WITH_HISTORY, "2019-06", "10"),  # 2019 is more than three years back
            _observation(WITH_HISTORY, "2019-12", "100"),
            _observation(WITH_HISTORY, "2022-06", "10"),  # no 1-12月 figure for 2022
            _observation(NONE, "2022-06", "10", cumulative=False),  # a month's own figure, not cumulative
            _observation(NONE, "2022-12", "100", cumulative=False),
        ],
    )
    with ledger.session() as s:
        rows = _rows(ledger_status(s, as_of=MID_YEAR))
    for key in ((WITH_HISTORY, "level"), (NONE, "level")):
        assert (rows[key].assessment.time_progress, rows[key].schedule) == (Decimal(50), "linear"), key


def _point(i, source, *, for_target=False, cumulative=True):
    return {"id": i, "period": "2023-09", "source": source, "for_target": for_target, "cumulative": cumulative}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("official", 1),  # the official figure, though the reported one was entered later for the target
        ("reported", 2),
        ("latest", 2),  # the one entered last
    ],
)
def test_history_chart_plots_the_figure_of_the_status_source(source, expected):
    history = [_point(1, "official"), _point(2, "reported", for_target=True)]
    assert [p["id"] for p in monthly_points(history, source)] == [expected]


def test_history_chart_refuses_an_unknown_source():
    with pytest.raises(InputError):
        monthly_points([_point(1, "official")], "newest")


def test_cli_status_shows_time_progress_and_the_schedule_it_follows(ledger):
    import typer
    from typer.testing import CliRunner

    from taizhang.cli_ledger import register
    from taizhang.messages import text
    from taizhang.vocab import label

    _load(ledger, [_observation(WITH_HISTORY, "2022-06", "4"), _observation(WITH_HISTORY, "2022-12", "10")])
    app = typer.Typer()
    register(app)
    r = CliRunner().invoke(app, ["status", "--as-of", MID_YEAR.isoformat(), "--db", ledger.url])
    assert r.exit_code == 0, r.output
    header, *lines = r.output.splitlines()
    assert text("cli.col.time_progress") in header
    # region and target (the value text as written) → the line, under the rule and above the count
    cells = {(line.split()[1], line.split()[3]): line for line in lines[1:-1]}
    assert f"40% {label('schedule', 'seasonal')}" in cells[("蓬江区", "≥1e10")]  # 1-6月 was 40 % of 2022
    assert f"50% {label('schedule', 'linear')}" in cells[("蓬江区", "≥8")]  # a rate follows no profile
    assert f"50% {label('schedule', 'linear')}" in cells[("新会区", "≥1e10")]
