"""Qualitative commitments: stored at ingest, re-ingest keeps reviewed ones, done/undone audited (issue 3)."""

import json
from dataclasses import dataclass
from datetime import date

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from taizhang.errors import ReviewError
from taizhang.extract.commitments import extract_commitments
from taizhang.ledger.commitments import list_commitments, mark_commitment
from taizhang.ledger.models import AuditEntry
from taizhang.ledger.service import ingest_document

from .helpers import extractor_of
from .jiangmen import CITY


@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    text: str
    region: str | None = "蓬江区"
    region_code: str | None = "440703"
    year: int | None = 2023
    strength: str = "strive"
    verb: str = "争创"


CIVILISED = Reading(0, 8, "争创全国文明城市")
INCUBATOR = Reading(10, 30, "推动珠西创谷打造国家级科技企业孵化器", region="江门市", region_code="440700", verb="打造")
COMPLETED = Reading(40, 52, "确保黄茅海跨海通道年内基本完工", strength="ensure", verb="基本完工", year=2024)


def ingest(ledger, *commitments, text="doc"):
    with ledger.session(write=True) as s:
        return ingest_document(
            s,
            text,
            who="t",
            date=date(2023, 1, 20),
            extractor=extractor_of(),
            commitment_extractor=lambda text, *, region=None, date=None: list(commitments),
        )


def test_stored_listed_and_filtered_in_sql(ledger):
    result = ingest(ledger, CIVILISED, INCUBATOR, COMPLETED)
    assert len(result.commitments_added) == 3
    with ledger.session() as s:
        every = list_commitments(s)
        assert [c["text"] for c in every] == [CIVILISED.text, INCUBATOR.text, COMPLETED.text]
        assert {c["region"] for c in list_commitments(s, region="440703")} == {"蓬江区"}
        assert [c["text"] for c in list_commitments(s, region="江门市")] == [INCUBATOR.text]
        assert [c["year"] for c in list_commitments(s, year=2024)] == [2024]
        assert len(list_commitments(s, state="proposed", progress="open")) == 3
        with pytest.raises(ReviewError):
            list_commitments(s, progress="half")


def test_reingest_refreshes_proposed_and_keeps_marked(ledger):
    first = ingest(ledger, CIVILISED, INCUBATOR, COMPLETED)
    civilised, incubator, completed = first.commitments_added
    with ledger.session(write=True) as s:
        mark_commitment(s, civilised, done=True, who="审核", note="2023-11 命名")
    # the extractor changed: CIVILISED now reads a year later, INCUBATOR has a new strength, COMPLETED is gone
    again = ingest(
        ledger, Reading(0, 8, "争创全国文明城市", year=2024), Reading(**{**INCUBATOR.__dict__, "strength": "plan"})
    )
    assert again.commitments_added == [] and again.commitments_updated == [incubator]
    assert again.commitments_retired == [completed]
    with ledger.session() as s:
        rows = {c["id"]: c for c in list_commitments(s, include_retired=True)}
        assert rows[civilised]["year"] == 2023 and rows[civilised]["done"] is True  # marked: kept as it was
        assert rows[incubator]["strength"] == "plan"
        assert rows[completed]["retired"] and completed not in {c["id"] for c in list_commitments(s)}
        assert [c["id"] for c in list_commitments(s, progress="done")] == [civilised]


def test_done_and_undone_are_audited(ledger):
    (cid,) = ingest(ledger, CIVILISED).commitments_added
    with ledger.session(write=True) as s:
        mark_commitment(s, cid, done=True, who="李")
        mark_commitment(s, cid, done=False, who="王", note="复查未通过")
    with ledger.session() as s:
        log = s.scalars(select(AuditEntry).where(AuditEntry.entity == "commitment").order_by(AuditEntry.id)).all()
        assert [(e.action, e.who, e.before, e.after) for e in log[1:]] == [
            ("done", "李", {"done": None}, {"done": True}),
            ("undone", "王", {"done": True}, {"done": False, "note": "复查未通过"}),
        ]
        assert list_commitments(s, progress="undone")[0]["id"] == cid


def test_cli_list_done_undone(ledger, db_url):
    from taizhang.cli_ledger import register

    (cid, other) = ingest(ledger, CIVILISED, INCUBATOR).commitments_added
    app = typer.Typer()
    register(app)
    runner = CliRunner()

    def cli(*args):
        return runner.invoke(app, [*args, "--db", db_url, "--who", "审核"])

    assert cli("commitments", "done", str(cid), "--note", "已命名").exit_code == 0
    assert cli("commitments", "undone", str(other)).exit_code == 0
    out = runner.invoke(app, ["commitments", "list", "--progress", "done", "--format", "jsonl", "--db", db_url])
    assert [json.loads(line)["id"] for line in out.output.splitlines()] == [cid]
    table = runner.invoke(app, ["commitments", "list", "--region", "江门市", "--db", db_url]).output
    assert "未完成" in table and table.startswith("编号") and "珠西创谷" in table
    bad = cli("commitments", "done", "999")
    assert bad.exit_code == 2 and "没有编号为 999 的承诺事项" in bad.output


def test_the_real_extractor_is_used_when_installed(ledger):
    with ledger.session(write=True) as s:
        result = ingest_document(
            s,
            (CITY / "doc.txt").read_bytes(),
            who="t",
            region="江门市",
            date=date(2023, 1, 10),
            extractor=extractor_of(),
        )
    extracted = extract_commitments(
        (CITY / "doc.txt").read_text(encoding="utf-8"), region="江门市", date=date(2023, 1, 10)
    )
    assert extracted and len(result.commitments_added) == len({(c.start, c.end, c.verb) for c in extracted})
    with ledger.session() as s:
        assert {c["text"] for c in list_commitments(s)} == {c.text for c in extracted}
