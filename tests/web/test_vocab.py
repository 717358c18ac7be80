"""Every surface that shows a status or checks a role agrees with its one source (issue 8).

statuses.tsv and roles.tsv (taizhang.vocab) are the vocabularies; this test ties to them the 台账
export (labels and fills), the pages (labels, order, CSS classes), app.css (a colour and a rule per
status), the API's enums, the CLI's role choices and the permissions of a principal.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from taizhang.ledger.users import ROLES as USER_ROLES
from taizhang.track.status import STATUSES as TRACK_STATUSES
from taizhang.vocab import (
    ASSIGNABLE_ROLES,
    ROLE_LABELS,
    ROLE_WORDS,
    STATUS_FILLS,
    STATUS_LABELS,
    STATUS_PAGE_ORDER,
    STATUS_WORDS,
    STATUSES,
    parse_roles,
    parse_statuses,
)
from taizhang.web.security import Principal

CSS = Path(__file__).resolve().parents[2] / "src" / "taizhang" / "web" / "static" / "app.css"


def test_the_statuses_are_the_nine_lights_of_the_notice() -> None:
    assert set(STATUSES) == {"green", "yellow", "red", "achieved", "missed", "overdue", "pending", "open", "unknown"}
    assert TRACK_STATUSES is STATUSES
    assert STATUS_LABELS["red"] == "红灯" and STATUS_LABELS["unknown"] == "无法计算"
    assert STATUS_PAGE_ORDER[0] == "red" and sorted(STATUS_PAGE_ORDER) == sorted(STATUSES)


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_has_a_label_colour_and_css_rule(status: str) -> None:
    word = STATUS_WORDS[status]
    assert word.label and re.search(r"[\u4e00-\u9fff]", word.label)
    css = CSS.read_text(encoding="utf-8")
    assert re.search(rf"--{status}:\s*{word.colour}\s*;", css), f"app.css has no --{status}: {word.colour}"
    assert re.search(rf"\.s-{status}\b[^{{]*\{{[^}}]*var\(--{status}\)", css), f"app.css has no .s-{status} rule"


def test_every_status_of_the_api_enum() -> None:
    from taizhang.web.schemas import StatusRowPublic

    schema = StatusRowPublic.model_json_schema()["properties"]["status"]
    assert tuple(schema["enum"]) == STATUSES


def test_export_shows_every_status_with_its_label_and_fill(ledger: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from taizhang.ledger.export import export_ledger

    path = tmp_path / "taizhang.xlsx"
    with ledger.session() as s:
        export_ledger(s, path, format="xlsx", as_of=date(2023, 9, 30))
    header = load_workbook(path)["汇总"][1]
    cells = {c.value: c for c in header}
    for status in STATUSES:
        cell = cells[STATUS_LABELS[status]]
        fill = STATUS_FILLS.get(status)
        if fill is None:
            assert cell.fill.fill_type is None
        else:
            assert cell.fill.fgColor.rgb.endswith(fill)
    assert [c.value for c in header][1:-1] == [STATUS_LABELS[s] for s in STATUSES]


def test_the_pages_list_every_status_in_order_with_its_label_and_class(login: Any) -> None:
    html = login("admin").get("/").text
    heads = re.findall(r'<th class="s-head s-([a-z]+)">([^<]+)</th>', html)
    assert heads == [(s, STATUS_LABELS[s]) for s in STATUS_PAGE_ORDER]


def test_roles_of_users_api_and_cli_are_the_assignable_ones() -> None:
    from taizhang.cli_web import Role
    from taizhang.web.schemas import MePublic, UserCreate

    assert USER_ROLES == ASSIGNABLE_ROLES == ("admin", "reviewer", "reporter", "viewer")
    assert tuple(UserCreate.model_json_schema()["properties"]["role"]["enum"]) == ASSIGNABLE_ROLES
    assert tuple(MePublic.model_json_schema()["properties"]["role"]["enum"]) == tuple(ROLE_WORDS)
    assert tuple(r.value for r in Role) == ASSIGNABLE_ROLES
    assert all(ROLE_LABELS[r] for r in ROLE_WORDS)


def _principal(role: str, regions: frozenset[str] = frozenset()) -> Principal:
    return Principal("someone", role, regions, via="token")


@pytest.mark.parametrize("role", ROLE_WORDS)
def test_a_principal_may_do_what_its_row_says(role: str) -> None:
    word = ROLE_WORDS[role]
    p = _principal(role, frozenset({"440703"}))
    assert p.role_label == word.label
    assert (p.can_review, p.can_audit, p.can_report) == (word.review, word.audit, word.report != "no")
    assert p.may_report_for("440703") == (word.report != "no")
    assert p.may_report_for("440705") == (word.report == "all")
    assert (p.can_manage, p.reports_everywhere) == (word.manage, word.report == "all")


def test_the_known_rights() -> None:
    assert _principal("admin").may_report_for("440705") and not _principal("reviewer").can_report
    assert _principal("reviewer").can_review and not _principal("reporter").can_review
    assert not _principal("viewer").can_audit and not _principal("public").can_review
    assert _principal("admin").can_manage and not _principal("reviewer").can_manage
    assert not _principal("no-such-role").can_review  # an unknown role may do nothing


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["green", "绿灯", "green", "green", "C6EFCE", "1", ""]], "colour 'green' is not #rrggbb"),
        ([["green", "", "green", "#2e7d32", "-", "1", ""]], "green has no label"),
        ([["green", "绿灯", "", "#2e7d32", "-", "1", ""]], "green has no label"),
        ([["green", "绿灯", "green", "#2e7d32", "-", "2", ""]], "page_order must number"),
        ([["Green", "绿灯", "green", "#2e7d32", "-", "1", ""]], "no new lower-case id"),
        ([["green", "绿灯", "#2e7d32", "-"]], "expected 7 tab-separated columns"),
    ],
)
def test_a_bad_status_row_is_refused_naming_it(rows: list[list[str]], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_statuses(rows)


def test_a_bad_role_row_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match=re.escape("roles.tsv row 1: report 'some'")):
        parse_roles([["boss", "老板", "boss", "yes", "yes", "some", "yes", "yes", ""]])
    with pytest.raises(ValueError, match="'maybe' is not yes or no"):
        parse_roles([["boss", "老板", "boss", "maybe", "yes", "all", "yes", "yes", ""]])


def test_every_code_of_a_record_and_a_review_has_its_label() -> None:
    from taizhang.extract.record import COMPARATORS, MEASURES, STRENGTHS
    from taizhang.ledger import commitments, listing
    from taizhang.vocab import LABELS, REVIEW_STATES

    assert tuple(LABELS["measure"]) == MEASURES
    assert tuple(LABELS["strength"]) == STRENGTHS
    assert tuple(LABELS["comparator"]) == COMPARATORS
    assert listing.STATES == REVIEW_STATES == ("proposed", "confirmed", "rejected", "merged")
    assert set(commitments.STATES) < set(REVIEW_STATES)  # every commitment state has its label
    assert LABELS["comparator"][">="] == "≥" and LABELS["state"]["proposed"] == "待审核"


def test_the_pages_and_the_export_show_those_labels() -> None:
    from jinja2 import Environment

    from taizhang.ledger.export import STRENGTH_LABELS
    from taizhang.vocab import LABELS
    from taizhang.web.pages.filters import install_filters

    env = Environment(autoescape=True)
    install_filters(env)
    shown = env.from_string("{{ m|measure_label }} {{ s|strength_label }} {{ c|comparator_sign }} {{ t|state_label }}")
    assert shown.render(m="growth", s="strive", c="<=", t="rejected") == "增速 力争 ≤ 已驳回"
    assert {
        "ensure": LABELS["strength"]["ensure"],
        "strive": LABELS["strength"]["strive"],
        "plan": "",
    } == STRENGTH_LABELS


def test_labels_follow_the_language_of_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """One vocabulary, two languages: the en column of the same files, picked by TAIZHANG_LANG (issue 12)."""
    from taizhang.vocab import label, labels

    monkeypatch.delenv("TAIZHANG_LANG", raising=False)
    assert label("status", "red") == STATUS_LABELS["red"] == "红灯"
    assert label("role", "reporter") == ROLE_LABELS["reporter"] == "填报员"
    assert label("state", "proposed") == "待审核" and label("commitment", "undone") == "未完成"
    monkeypatch.setenv("TAIZHANG_LANG", "en")
    assert label("status", "red") == "red" and label("role", "reporter") == "reporter"
    assert label("strength", "strive") == "strive" and label("commitment", "undone") == "not done"
    assert label("comparator", ">=") == "≥" and label("status", "no-such") == "no-such"
    assert set(labels("status")) == set(STATUSES) and set(labels("role")) == set(ROLE_WORDS)


def test_messages_hold_no_copy_of_a_vocabulary() -> None:
    """Status, role and label words are in statuses.tsv, roles.tsv and labels.tsv only, not in messages.tsv."""
    from taizhang.messages import catalogue

    assert not [key for key in catalogue() if key.startswith("label.")]
