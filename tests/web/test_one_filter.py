"""One target filter (issue 8): ``taizhang targets list``, /api/targets and the /targets page give
the same rows for the same filter, on SQLite and PostgreSQL, edits included."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from typer.testing import CliRunner

from taizhang.cli import app as cli_app

# (CLI options, query parameters): the same filter said to each surface.
FILTERS = [
    pytest.param({}, id="none"),
    pytest.param({"region": "恩平市"}, id="region-name"),
    pytest.param({"region": "440705"}, id="region-code"),
    pytest.param({"year": "2023"}, id="year"),
    pytest.param({"state": "confirmed"}, id="state"),
    pytest.param({"strength": "ensure"}, id="strength"),
    pytest.param({"text": "投资"}, id="text"),
    pytest.param({"region": "江门市", "year": "2023", "strength": "strive"}, id="region-year-strength"),
    pytest.param({"text": "工业", "state": "proposed"}, id="text-state"),
    pytest.param({"region": "新会区", "text": "工业投资"}, id="edited-region"),
]


@pytest.fixture
def edited(web_ledger: Any) -> dict[str, int]:
    """Two targets edited (one moved to 新会区 and due 2024, one confirmed and made 确保), so the
    filters must read edits, not only the extractor's columns."""
    from taizhang.ledger.listing import TargetFilter, list_targets
    from taizhang.ledger.review import confirm_target, edit_target

    with web_ledger.session(write=True) as s:
        moved = list_targets(s, TargetFilter(region="江海区", text="工业投资"))[0]["id"]
        edit_target(s, moved, {"region": "新会区", "year": 2024}, who="t")
        firm = list_targets(s, TargetFilter(region="恩平市", strength="strive"))[0]["id"]
        edit_target(s, firm, {"strength": "ensure"}, who="t")
        confirm_target(s, firm, who="t")
    return {"moved": moved, "firm": firm}


def _cli_ids(url: str, options: dict[str, str]) -> list[int]:
    args = ["targets", "list", "--db", url, "--format", "jsonl"]
    for key, value in options.items():
        args += [f"--{key}", value]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()]


def _query(options: dict[str, str]) -> dict[str, str]:
    return {("q" if k == "text" else k): v for k, v in options.items()}


@pytest.mark.parametrize("options", FILTERS)
def test_cli_api_and_page_list_the_same_targets(web_ledger, login, edited, options):
    viewer = login("viewer")
    cli = _cli_ids(web_ledger.url, options)
    api = viewer.get("/api/targets", params={**_query(options), "limit": 1000})
    assert api.status_code == 200, api.text
    assert api.json()["count"] == len(api.json()["data"])
    page = viewer.get("/targets", params=_query(options))
    assert page.status_code == 200, page.text
    shown = [int(i) for i in re.findall(r'data-target="(\d+)"', page.text)]
    assert cli == [r["id"] for r in api.json()["data"]] == shown
    assert f"共 {len(cli)} 条" in page.text


def test_the_filters_select_and_read_edits(web_ledger, edited):
    """The agreement above is not agreement on nothing: each filter narrows, and reads edits."""
    everything = _cli_ids(web_ledger.url, {})
    assert len(everything) > 50
    for options in ({"region": "恩平市"}, {"year": "2023"}, {"strength": "ensure"}, {"text": "投资"}):
        assert 0 < len(_cli_ids(web_ledger.url, options)) < len(everything), options
    assert edited["moved"] in _cli_ids(web_ledger.url, {"region": "新会区", "year": "2024"})
    assert edited["moved"] not in _cli_ids(web_ledger.url, {"region": "江海区"})
    assert edited["firm"] in _cli_ids(web_ledger.url, {"strength": "ensure", "state": "confirmed"})
    assert edited["firm"] not in _cli_ids(web_ledger.url, {"strength": "strive"})


def test_status_and_the_region_page_use_the_same_filter(web_ledger, login, edited):
    """``taizhang status --text`` and the region page's search keep the rows the listing keeps."""
    viewer = login("viewer")
    listed = set(_cli_ids(web_ledger.url, {"region": "440705", "text": "投资"}))
    result = CliRunner().invoke(
        cli_app, ["status", "--db", web_ledger.url, "--as-of", "2023-09-30", "--region", "440705",
                  "--text", "投资", "--format", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    status_ids = {r["id"] for r in json.loads(result.stdout)["rows"]}
    page = viewer.get("/regions/440705", params={"q": "投资", "as_of": "2023-09-30"})
    assert page.status_code == 200
    page_ids = {int(i) for i in re.findall(r'data-target="(\d+)"', page.text)}
    assert len(status_ids) >= 3 and status_ids == page_ids <= listed
    assert edited["moved"] in status_ids  # moved to 新会区 by an edit: the filter reads it


def test_a_bad_filter_is_refused_alike(web_ledger, login):
    viewer = login("viewer")
    result = CliRunner().invoke(cli_app, ["targets", "list", "--db", web_ledger.url, "--strength", "maybe"])
    assert result.exit_code == 2 and "[E" in result.output
    assert viewer.get("/api/targets", params={"strength": "maybe"}).status_code == 422
    assert viewer.get("/targets", params={"strength": "maybe"}).status_code == 422
