"""Targets carry the extractor's confidence; a reviewer can take the least sure first."""

from __future__ import annotations

from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.ledger.documents import ingest_document
from taizhang.ledger.listing import list_targets

TEXT = (
    "台山市2024年政府工作报告\n2024年主要预期目标：地区生产总值增长6%左右，确保城镇登记失业率控制在3%以内，"
    "力争新引进亿元以上项目30个。\n"
)


def test_ingested_targets_keep_their_confidence_and_sort_by_it(ledger) -> None:  # type: ignore[no-untyped-def]
    with ledger.session(write=True) as s:
        ingest_document(s, TEXT.encode("utf-8"), region="台山市", source="r.txt", who="t")
    with ledger.session() as s:
        by_id = list_targets(s)
        by_confidence = list_targets(s, sort="confidence")
    assert len(by_id) == 3
    assert all(0 < r["confidence"] <= 1 for r in by_id)
    confidences = [r["confidence"] for r in by_confidence]
    assert confidences == sorted(confidences)
    assert {r["id"] for r in by_confidence} == {r["id"] for r in by_id}


def test_targets_list_sorts_by_confidence_and_refuses_an_unknown_sort(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'l.db'}"
    doc = tmp_path / "r.txt"
    doc.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(doc), "--region", "台山市", "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["targets", "list", "--sort", "confidence", "--db", db])
    assert listed.exit_code == 0, listed.output
    shown = [float(line.split()[-1]) for line in listed.stdout.splitlines()[2:-1]]  # under the header, above the count
    assert len(shown) == 3 and shown == sorted(shown)
    refused = runner.invoke(app, ["targets", "list", "--sort", "size", "--db", db])
    assert refused.exit_code == 2 and "[E304]" in refused.output
